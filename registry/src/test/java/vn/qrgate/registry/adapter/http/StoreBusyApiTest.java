package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** DESIGN §5: "503 when it cannot take more (the gateway backs off)". */
class StoreBusyApiTest {

    @TempDir
    Path dir;

    @Test
    void whileAnotherConnectionHoldsTheDatabaseAPostIs503WithRetryAfterAndLaterSucceeds() throws Exception {
        RegistryConfig config = TestRegistry.config(dir);
        config = config.withStore(((StoreConfig.Sqlite) config.store()).withBusyTimeout(Duration.ofMillis(250)));
        List<Event> batch = new TestEvents("gate-01").batch(TestEvents.VENUE, TestEvents.AT, 3);
        try (TestRegistry registry = TestRegistry.start(config);
             Connection holder = DriverManager.getConnection("jdbc:sqlite:" + registry.database());
             Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");

            HttpResponse<String> busy = registry.post(Tokens.GATEWAY, batch);

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(new ObjectMapper().readTree(busy.body()).get("retryAfterSeconds").asInt()).isEqualTo(2);
            assertThat(registry.get("/health", null).statusCode()).as("readers are not blocked in WAL mode").isEqualTo(200);

            s.execute("ROLLBACK");
            HttpResponse<String> retry = registry.post(Tokens.GATEWAY, batch);

            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(EventJson.decodeIngestResponse(retry.body()).accepted()).hasSize(3);
        }
    }
}
