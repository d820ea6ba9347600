package vn.qrgate.registry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.HttpSettings;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.testing.TestRegistry;

class RegistryServerTest {

    @TempDir
    Path dir;

    @Test
    void startReturnsListeningAndCloseStopsListening() throws Exception {
        RegistryServer server = RegistryServer.start(TestRegistry.config(dir));
        HttpRequest health = HttpRequest.newBuilder(server.baseUri().resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        HttpClient client = HttpClient.newHttpClient();

        assertThat(server.port()).isPositive();
        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        server.close();
        server.close();

        assertThatThrownBy(() -> client.send(health, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aPortInUseIsAStartupErrorThatSaysSoAndLeavesNothingRunning() {
        try (RegistryServer first = RegistryServer.start(TestRegistry.config(dir))) {
            RegistryConfig clash = TestRegistry.config(dir.resolve("..").normalize())
                    .withStore(StoreConfig.Sqlite.at(dir.resolve("second.db")))
                    .withHttp(new HttpSettings("127.0.0.1", first.port()));

            assertThatThrownBy(() -> RegistryServer.start(clash))
                    .isInstanceOf(StartupException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
        }
    }

    @Test
    void aStoreThatCannotBeOpenedIsAStartupError() {
        RegistryConfig config = TestRegistry.config(dir).withStore(StoreConfig.Sqlite.at(dir.resolve("missing/r.db")));

        assertThatThrownBy(() -> RegistryServer.start(config)).isInstanceOf(StartupException.class)
                .hasMessageContaining("missing/r.db");
    }
}
