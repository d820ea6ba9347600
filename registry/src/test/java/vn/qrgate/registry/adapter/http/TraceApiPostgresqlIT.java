package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.TracePeople.AN;
import static vn.qrgate.registry.testing.TracePeople.BINH;
import static vn.qrgate.registry.testing.TracePeople.MORNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;
import vn.qrgate.registry.testing.TracePeople;

/** A trace query and its audit row over real HTTP with the registry on PostgreSQL (schema of its own, dropped after). */
class TraceApiPostgresqlIT {

    private static final String URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("QRGATE_TEST_PG_USER", "postgres");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final String schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @AfterEach
    void drop() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void a_tracer_finds_who_was_at_a_venue_and_the_query_is_audited() throws Exception {
        TracePeople gate = new TracePeople("gate-01");
        try (TestRegistry registry = TestRegistry.start(TestRegistry.config(dir)
                .withStore(StoreConfig.Postgresql.of(URL, USER, Optional.empty(), Optional.of(schema)))
                .withAccount(AccountAccess.healthTracer("tracer-1", Tokens.TRACER)))) {
            registry.post(Tokens.GATEWAY, List.of(gate.in(AN, TestEvents.VENUE, MORNING.minusMinutes(90)),
                    gate.in(BINH, TestEvents.VENUE, MORNING.plusMinutes(10)),
                    gate.out(BINH, TestEvents.VENUE, MORNING.plusMinutes(20))));

            HttpResponse<String> response = registry.get("/api/v1/trace/venue/" + TestEvents.VENUE
                    + "?from=2026-11-20T01:00:00Z&to=2026-11-20T02:00:00Z", Tokens.TRACER);
            HttpResponse<String> audit = registry.get("/api/v1/audit?from=2020-01-01&to=2100-01-01", Tokens.ADMIN);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode presences = JSON.readTree(response.body()).get("presences");
            assertThat(presences).extracting(p -> p.get("subject").get("documentNumber").asText())
                    .containsExactly(AN.documentNumber(), BINH.documentNumber());
            assertThat(presences.get(0).get("ending").asText()).isEqualTo("DWELL");
            JsonNode entries = JSON.readTree(audit.body()).get("entries");
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).get("account").asText()).isEqualTo("tracer-1");
            assertThat(entries.get(0).get("rows").asInt()).isEqualTo(2);
        }
    }
}
