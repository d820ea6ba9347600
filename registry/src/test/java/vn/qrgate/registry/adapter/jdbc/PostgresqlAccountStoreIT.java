package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.registry.config.StoreConfig;

/** The account store contract on the real PostgreSQL of {@link PostgresqlCheckinStoreIT}, each test in its own schema. */
class PostgresqlAccountStoreIT extends AccountStoreContract {

    private String schema;

    @Override
    protected StoreConfig config() {
        if (schema == null) {
            schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        }
        return StoreConfig.Postgresql.of(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER,
                Optional.empty(), Optional.of(schema));
    }

    @Override
    protected void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresqlCheckinStoreIT.URL, PostgresqlCheckinStoreIT.USER, null);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
