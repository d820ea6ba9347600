package vn.qrgate.gateway.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.gateway.config.DeviceEntry;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.config.HttpSettings;
import vn.qrgate.gateway.config.MqttSettings;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.config.StoreSettings;

/** Gateway configs for tests (fast retries, free HTTP port) and a small HTTP reader for /health and /metrics. */
public final class Gateways {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Gateways() {
    }

    public static GatewayConfig config(String brokerUri, Path database, String registryUrl, DeviceEntry... devices) {
        return GatewayConfig.of("gw-test", MqttSettings.of(URI.create(brokerUri))
                        .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1)),
                new StoreSettings.Sqlite(database),
                RegistrySettings.of(URI.create(registryUrl), FakeRegistry.TOKEN)
                        .withRetry(Duration.ofMillis(50), Duration.ofSeconds(2)),
                List.of(devices))
                .withHttp(HttpSettings.anyFreePort());
    }

    public static String get(int port, String path) {
        return send(port, path).body();
    }

    public static HttpResponse<String> send(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of one sample in Prometheus text, e.g. {@code qrgate_gateway_refused_events_total{reason="malformed"}}. */
    public static double metric(String prometheusText, String sample) {
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.eE+-]+|NaN)$", Pattern.MULTILINE)
                .matcher(prometheusText);
        if (!m.find()) {
            throw new AssertionError("no sample " + sample + " in:\n" + prometheusText);
        }
        return Double.parseDouble(m.group(1));
    }
}
