package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.port.OutboxException;

/** The outbox's file on disk: who may read it, and what happens when it is not what it should be. */
class SqliteOutboxFileTest {

    @TempDir
    Path dir;

    private final Drafts drafts = new Drafts();

    private Path database() {
        return dir.resolve("outbox.db");
    }

    private SqliteOutbox open() {
        return new SqliteOutbox(OutboxSettings.defaults(database()));
    }

    private void fillAndClose(int scans) {
        try (SqliteOutbox outbox = open()) {
            for (int i = 0; i < scans; i++) {
                assertThat(outbox.append(drafts.accepted())).isInstanceOf(AppendResult.Stored.class);
            }
        }
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void the_database_and_its_wal_and_shm_files_are_readable_by_the_owner_only() throws IOException {
        try (SqliteOutbox outbox = open()) {
            outbox.append(drafts.accepted());

            assertThat(OutboxFiles.walOf(database())).exists();
            assertThat(OutboxFiles.shmOf(database())).exists();
            assertThat(mode(database())).isEqualTo("rw-------");
            assertThat(mode(OutboxFiles.walOf(database()))).isEqualTo("rw-------");
            assertThat(mode(OutboxFiles.shmOf(database()))).isEqualTo("rw-------");
            assertThat(mode(OutboxFiles.lockFileOf(database()))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_missing_directory_is_created_for_the_owner_only() throws IOException {
        Path nested = dir.resolve("var/lib/qrgate/outbox.db");
        try (SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(nested))) {
            assertThat(outbox.append(drafts.accepted())).isInstanceOf(AppendResult.Stored.class);
        }
        assertThat(mode(nested.getParent())).isEqualTo("rwx------");
        assertThat(mode(nested)).isEqualTo("rw-------");
    }

    @Test
    void an_existing_world_readable_database_is_made_owner_only_when_opened() throws IOException {
        fillAndClose(1);
        Files.setPosixFilePermissions(database(), PosixFilePermissions.fromString("rw-r--r--"));

        try (SqliteOutbox outbox = open()) {
            assertThat(mode(database())).isEqualTo("rw-------");
            assertThat(outbox.status().pending()).isEqualTo(1);
        }
    }

    @Test
    void a_file_that_is_not_an_sqlite_database_is_refused_with_a_clear_message() throws IOException {
        Files.writeString(database(), "device: gate-01\nvenue: venue-hn-0042\n".repeat(200));

        assertThatThrownBy(this::open)
                .isInstanceOf(OutboxException.class)
                .hasMessageContaining(database().toString())
                .hasMessageContaining("open failed")
                .hasMessageContaining("not an SQLite database");
    }

    @Test
    void a_database_with_damaged_pages_is_refused_as_corrupt() throws IOException {
        fillAndClose(300);
        long size = Files.size(database());
        try (RandomAccessFile raw = new RandomAccessFile(database().toFile(), "rw")) {
            // Keep page 1 (header and schema) so SQLite opens the file, and scramble the table pages.
            byte[] noise = new byte[(int) size - 4096];
            new Random(42).nextBytes(noise);
            raw.seek(4096);
            raw.write(noise);
        }

        assertThatThrownBy(this::open)
                .isInstanceOf(OutboxException.class)
                .hasMessageContaining(database().toString())
                .hasMessageContaining("corrupt");
    }

    @Test
    void a_damaged_header_is_refused_and_the_file_is_left_as_it_was() throws IOException {
        fillAndClose(3);
        try (RandomAccessFile raw = new RandomAccessFile(database().toFile(), "rw")) {
            raw.write("Not a database!\0".getBytes(StandardCharsets.US_ASCII));
        }
        byte[] before = Files.readAllBytes(database());

        assertThatThrownBy(this::open).isInstanceOf(OutboxException.class).hasMessageContaining("not an SQLite database");
        assertThat(Files.readAllBytes(database())).isEqualTo(before);
    }

    @Test
    void another_programs_sqlite_database_is_not_taken_for_an_outbox() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE checkins (id TEXT PRIMARY KEY)");
        }

        assertThatThrownBy(this::open)
                .isInstanceOf(OutboxException.class)
                .hasMessageContaining("not a QR Gate outbox");
    }

    @Test
    void a_schema_newer_than_the_firmware_is_refused() throws SQLException {
        fillAndClose(1);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (OutboxSchema.VERSION + 1));
        }

        assertThatThrownBy(this::open)
                .isInstanceOf(OutboxException.class)
                .hasMessageContaining("schema version 2 is newer");
    }

    @Test
    void a_second_open_of_the_same_file_is_refused_until_the_first_is_closed() {
        try (SqliteOutbox first = open()) {
            assertThatThrownBy(this::open)
                    .isInstanceOf(OutboxException.class)
                    .hasMessageContaining(database().toString())
                    .hasMessageContaining("already open");
            assertThat(first.append(drafts.accepted())).isInstanceOf(AppendResult.Stored.class);
        }
        try (SqliteOutbox again = open()) {
            assertThat(again.status().lastSeq()).isEqualTo(1);
        }
    }

    @Test
    void a_failed_open_leaves_the_file_free_for_the_next_try() throws IOException {
        Files.writeString(database(), "garbage".repeat(1000));
        assertThatThrownBy(this::open).isInstanceOf(OutboxException.class);

        Files.delete(database());
        try (SqliteOutbox outbox = open()) {
            assertThat(outbox.status().lastSeq()).isZero();
        }
    }

    @Test
    void closing_leaves_no_wal_behind() {
        fillAndClose(5);
        assertThat(OutboxFiles.walOf(database())).doesNotExist();
    }
}
