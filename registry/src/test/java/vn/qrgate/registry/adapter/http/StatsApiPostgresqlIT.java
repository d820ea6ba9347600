package vn.qrgate.registry.adapter.http;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.testing.TestRegistry;

/** Every statistics API test again with the registry on PostgreSQL (a schema of its own, dropped after). */
class StatsApiPostgresqlIT extends StatsApiTest {

    private static final String URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("QRGATE_TEST_PG_USER", "postgres");

    private final String schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @Override
    protected RegistryConfig base(Path dir) {
        return TestRegistry.config(dir).withStore(StoreConfig.Postgresql.of(URL, USER, Optional.empty(), Optional.of(schema)));
    }

    @AfterEach
    void drop() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
