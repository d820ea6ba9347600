package vn.qrgate.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import vn.qrgate.config.Secret;

/**
 * The registry the gateway forwards to (DESIGN §5): {@code POST {url}/api/v1/checkins} with the bearer
 * token, {@code batchSize} events at a time, waits between {@code retryMin} and {@code retryMax} when it
 * cannot deliver.
 */
public record RegistrySettings(URI url, Secret token, int batchSize, Duration timeout, Duration retryMin,
        Duration retryMax) {

    public static final int MAX_BATCH_SIZE = 10_000;

    public RegistrySettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryMin, "retryMin");
        Objects.requireNonNull(retryMax, "retryMax");
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw new IllegalArgumentException("registry url must be http:// or https:// with a host");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("registry batchSize must be 1.." + MAX_BATCH_SIZE);
        }
        if (timeout.isNegative() || timeout.isZero() || retryMin.isNegative() || retryMin.isZero()
                || retryMax.compareTo(retryMin) < 0) {
            throw new IllegalArgumentException("registry timeout > 0 and 0 < retryMin <= retryMax");
        }
    }

    public static RegistrySettings of(URI url, String token) {
        return new RegistrySettings(url, new Secret(token), Defaults.REGISTRY_BATCH_SIZE, Defaults.REGISTRY_TIMEOUT,
                Defaults.REGISTRY_RETRY_MIN, Defaults.REGISTRY_RETRY_MAX);
    }

    public RegistrySettings withRetry(Duration min, Duration max) {
        return new RegistrySettings(url, token, batchSize, timeout, min, max);
    }

    public RegistrySettings withBatchSize(int size) {
        return new RegistrySettings(url, token, size, timeout, retryMin, retryMax);
    }

    /** The ingest endpoint of DESIGN §5. */
    public URI checkinsUri() {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/checkins");
    }
}
