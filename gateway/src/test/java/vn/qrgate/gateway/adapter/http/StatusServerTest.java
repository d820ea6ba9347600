package vn.qrgate.gateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.config.HttpSettings;
import vn.qrgate.gateway.domain.Health;
import vn.qrgate.gateway.testing.Gateways;

class StatusServerTest {

    @Test
    void healthIsUpWhileTheStoreAnswersWhateverTheBrokerDoes() {
        AtomicReference<Health> health = new AtomicReference<>(new Health(false, true, 12));
        try (StatusServer server = StatusServer.start(HttpSettings.anyFreePort(), health::get, () -> "")) {
            HttpResponse<String> up = Gateways.send(server.port(), "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/json"));
            assertThat(up.body()).isEqualTo("{\"status\":\"UP\",\"mqtt\":\"disconnected\",\"store\":\"ok\","
                    + "\"registryBacklog\":12}");

            health.set(new Health(true, false, -1));
            HttpResponse<String> down = Gateways.send(server.port(), "/health");

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"status\":\"DOWN\"", "\"store\":\"unreachable\"");
        }
    }

    @Test
    void metricsAreServedAsPrometheusText() {
        try (StatusServer server = StatusServer.start(HttpSettings.anyFreePort(), () -> new Health(true, true, 0),
                () -> "# HELP x y\nx 1.0\n")) {
            HttpResponse<String> response = Gateways.send(server.port(), "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(StatusServer.PROMETHEUS_TEXT);
            assertThat(response.body()).isEqualTo("# HELP x y\nx 1.0\n");
            assertThat(Gateways.send(server.port(), "/other").statusCode()).isEqualTo(404);
        }
    }
}
