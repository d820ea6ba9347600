package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.StoreBusyException;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.testing.TestEvents;

class SqliteCheckinStoreTest extends CheckinStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CheckinStore openStore() {
        return JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("registry.db")));
    }

    @Test
    void theDatabaseRunsInWalModeWithFullSync() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = c.createStatement();
             ResultSet journal = s.executeQuery("PRAGMA journal_mode")) {
            journal.next();
            assertThat(journal.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aWriteThatCannotGetTheLockInTimeIsBusyNotAFailure() throws Exception {
        store.close();
        store = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("registry.db"))
                .withBusyTimeout(Duration.ofMillis(250)));
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = holder.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            var events = new TestEvents("gate-01").batch(TestEvents.VENUE, TestEvents.AT, 2);

            assertThatThrownBy(() -> store.insertIfAbsent(events, "gw-1", Instant.now()))
                    .isInstanceOf(StoreBusyException.class);

            s.execute("ROLLBACK");
            assertThat(store.insertIfAbsent(events, "gw-1", Instant.now()).inserted()).hasSize(2);
        }
    }

    @Test
    void aFolderThatDoesNotExistFailsAtOpenNamingTheFile() {
        Path missing = dir.resolve("no-such-folder").resolve("registry.db");

        assertThatThrownBy(() -> JdbcCheckinStore.open(StoreConfig.Sqlite.at(missing)))
                .isInstanceOf(StoreFailureException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsCheckins() {
        store.insertIfAbsent(List.of(new TestEvents("gate-01").person(TestEvents.VENUE, TestEvents.AT)), "gw-1",
                Instant.now());
        store.close();

        store = openStore();

        assertThat(store.newestFirst(new CheckinQuery(TestEvents.VENUE, Optional.empty(), 10))).hasSize(1);
    }
}
