package vn.qrgate.registry.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.registry.config.StoreConfig;

/** {@link CardIssuingTest} on the machine's PostgreSQL, each test in its own schema. */
class CardIssuingPostgresqlIT extends CardIssuingTest {

    // The same database as the store ITs (PostgresqlCheckinStoreIT).
    private static final String URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("QRGATE_TEST_PG_USER", "postgres");

    private String schema;

    @Override
    protected StoreConfig config() {
        if (schema == null) {
            schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        }
        return StoreConfig.Postgresql.of(URL, USER, Optional.empty(),
                Optional.of(schema));
    }

    @Override
    protected void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, null);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
