package vn.qrgate.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import vn.qrgate.config.Secret;

/**
 * The registry the gateway forwards to (DESIGN §5): {@code POST {url}/api/v1/checkins} with the bearer
 * token, {@code batchSize} events at a time, waits between {@code retryMin} and {@code retryMax} when it
 * cannot deliver. Every {@code trustPollInterval} (zero: never) the gateway fetches the trust list and the
 * revocation list with the same token and publishes them to the devices.
 */
public record RegistrySettings(URI url, Secret token, int batchSize, Duration timeout, Duration retryMin,
        Duration retryMax, Duration trustPollInterval) {

    public static final int MAX_BATCH_SIZE = 10_000;

    public RegistrySettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryMin, "retryMin");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(trustPollInterval, "trustPollInterval");
        if (trustPollInterval.isNegative()) {
            throw new IllegalArgumentException("registry trustPollInterval must be >= 0 (0 = off)");
        }
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

    /** With the default trust poll interval. */
    public RegistrySettings(URI url, Secret token, int batchSize, Duration timeout, Duration retryMin, Duration retryMax) {
        this(url, token, batchSize, timeout, retryMin, retryMax, Defaults.REGISTRY_TRUST_POLL_INTERVAL);
    }

    public static RegistrySettings of(URI url, String token) {
        return new RegistrySettings(url, new Secret(token), Defaults.REGISTRY_BATCH_SIZE, Defaults.REGISTRY_TIMEOUT,
                Defaults.REGISTRY_RETRY_MIN, Defaults.REGISTRY_RETRY_MAX);
    }

    public RegistrySettings withRetry(Duration min, Duration max) {
        return new RegistrySettings(url, token, batchSize, timeout, min, max, trustPollInterval);
    }

    public RegistrySettings withBatchSize(int size) {
        return new RegistrySettings(url, token, size, timeout, retryMin, retryMax, trustPollInterval);
    }

    public RegistrySettings withTrustPollInterval(Duration interval) {
        return new RegistrySettings(url, token, batchSize, timeout, retryMin, retryMax, interval);
    }

    /** Whether the trust list and revocation list are fetched from the registry. */
    public boolean pollsTrust() {
        return !trustPollInterval.isZero();
    }

    /** {@code GET} here for the trust list (a JWK Set). */
    public URI trustUri() {
        return endpoint("/api/v1/trust");
    }

    /** {@code GET} here for the revocation list. */
    public URI revocationsUri() {
        return endpoint("/api/v1/revocations");
    }

    /** The ingest endpoint of DESIGN §5. */
    public URI checkinsUri() {
        return endpoint("/api/v1/checkins");
    }

    private URI endpoint(String path) {
        String base = url.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
