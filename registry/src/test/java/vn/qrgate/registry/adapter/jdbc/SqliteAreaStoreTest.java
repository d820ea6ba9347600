package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.area.LevelCount;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.StoreBusyException;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.testing.AreaFiles;

class SqliteAreaStoreTest extends AreaStoreContract {

    @TempDir
    Path dir;

    @Override
    protected AreaStore openStore() {
        return JdbcAreaStore.open(StoreConfig.Sqlite.at(dir.resolve("registry.db")));
    }

    @Test
    void an_import_that_cannot_get_the_write_lock_is_busy_and_changes_nothing() throws Exception {
        store.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        store.close();
        store = JdbcAreaStore.open(StoreConfig.Sqlite.at(dir.resolve("registry.db")).withBusyTimeout(Duration.ofMillis(250)));
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE");

            assertThatThrownBy(() -> store.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2025)))
                    .isInstanceOf(StoreBusyException.class);

            s.execute("ROLLBACK");
        }
        assertThat(store.levelCounts()).extracting(LevelCount::count).containsExactly(1, 7, 47);
    }

    @Test
    void an_import_failing_half_way_leaves_the_previous_edition_whole() throws Exception {
        store.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = c.createStatement()) {
            // The last commune of the 2025 sample fails after the delete and fourteen inserts.
            s.execute("CREATE TRIGGER refuse_hoa_tien BEFORE INSERT ON area WHEN NEW.code = '20326' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }

        assertThatThrownBy(() -> store.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2025)))
                .isInstanceOf(StoreFailureException.class).hasMessageContaining("replace the areas");

        assertThat(store.levelCounts()).extracting(LevelCount::count).containsExactly(1, 7, 47);
        assertThat(store.lowestLevelUnder("48")).hasSize(47);
    }

    @Test
    void the_database_refuses_an_area_whose_parent_is_missing() throws Exception {
        store.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");

            assertThatThrownBy(() -> s.execute("INSERT INTO area VALUES ('99999', 'Xã X', 'Xã', 3, 'ward', '999')"))
                    .hasMessageContaining("FOREIGN KEY");
        }
    }
}
