package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.registry.config.StoreConfig;

/** The roll-up contract on the real PostgreSQL of {@link PostgresqlCheckinStoreIT}, each test in its own schema. */
class PostgresqlStatsRollupIT extends StatsRollupContract {

    private final String schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);

    @Override
    protected StoreConfig config() {
        return StoreConfig.Postgresql.of(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, Optional.empty(),
                Optional.of(schema));
    }

    @Override
    protected Connection connect() throws Exception {
        Connection c = DriverManager.getConnection(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, null);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
        }
        return c;
    }

    @Override
    protected Instant scannedAt(ResultSet rs) throws Exception {
        return rs.getObject("scanned_at", OffsetDateTime.class).toInstant();
    }

    @Override
    protected void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, null);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
