package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.StoreBusyException;
import vn.qrgate.registry.testing.TestEvents;

/**
 * The store contract on a real PostgreSQL server: database {@code test} at 127.0.0.1:5432 (override with
 * QRGATE_TEST_PG_URL / QRGATE_TEST_PG_USER), each test in its own schema, dropped afterwards.
 */
class PostgresqlCheckinStoreIT extends CheckinStoreContract {

    static final String URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getenv().getOrDefault("QRGATE_TEST_PG_USER", "postgres");

    private String schema;

    @Override
    protected CheckinStore openStore() {
        schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        return JdbcCheckinStore.open(StoreConfig.Postgresql.of(URL, USER, Optional.empty(), Optional.of(schema)));
    }

    @Override
    protected void dropStore() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aBatchWaitingTooLongForAnotherTransactionsLockIsBusyNotAFailure() throws Exception {
        StoreConfig impatient = new StoreConfig.Postgresql(URL, USER, Optional.empty(), Optional.of(schema),
                Duration.ofMillis(300), Defaults.POSTGRESQL_POOL_SIZE);
        var events = new TestEvents("gate-01").batch(TestEvents.VENUE, TestEvents.AT, 2);
        try (CheckinStore second = JdbcCheckinStore.open(impatient);
             Connection holder = DriverManager.getConnection(URL, USER, null);
             Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("LOCK TABLE " + schema + ".checkin IN EXCLUSIVE MODE");

            assertThatThrownBy(() -> second.insertIfAbsent(events, "gw-1", Instant.now()))
                    .isInstanceOf(StoreBusyException.class).hasMessageContaining("55P03");

            holder.rollback();
            assertThat(second.insertIfAbsent(events, "gw-1", Instant.now()).inserted()).hasSize(2);
        }
    }
}
