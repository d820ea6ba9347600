package vn.qrgate.gateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file, plus what only SQLite has: the file's journal, sync mode and mode bits. */
class SqliteStoreTest extends EventStoreContract {

    @TempDir
    Path dir;

    @Override
    JdbcStore open() {
        return JdbcStore.sqlite(dir.resolve("gateway.db"));
    }

    @Override
    JdbcStore reopen() {
        return open();
    }

    @Test
    void theFileIsInWalModeAndPrivateToTheServiceUser() throws Exception {
        store.insertIfAbsent(kiosk.next(1), T0);
        Path file = dir.resolve("gateway.db");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }
}
