package vn.qrgate.gateway.adapter.jdbc;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import vn.qrgate.gateway.testing.Postgres;

/** The store contract on PostgreSQL, in a schema of this run's own (dropped afterwards). */
class PostgresqlStoreIT extends EventStoreContract {

    private final String schema = Postgres.freshSchemaName();

    @Override
    JdbcStore open() {
        return JdbcStore.postgresql(Postgres.URL, Optional.of(Postgres.USER), Optional.empty(), schema);
    }

    @Override
    JdbcStore reopen() {
        return open();
    }

    @AfterEach
    void dropSchema() {
        Postgres.drop(schema);
    }
}
