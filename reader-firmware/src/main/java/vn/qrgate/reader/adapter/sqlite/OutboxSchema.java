package vn.qrgate.reader.adapter.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.qrgate.reader.port.OutboxException;

/**
 * Opens the outbox database with the settings durability depends on, checks that the file is ours
 * and sound, and creates or upgrades the schema. All of it once, at open: appends do no schema work.
 */
final class OutboxSchema {

    /** Bumped with every schema change; {@link #migrate} learns each step. */
    static final int VERSION = 1;
    /** "QGOB": marks the file as a QR Gate outbox, so a wrong path is not mistaken for an empty outbox. */
    static final int APPLICATION_ID = 0x51474F42;
    static final String LAST_SEQ = "last_seq";

    // Long enough to ride out a checkpoint on a slow SD card, short enough that a gate does not hang.
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    // After a checkpoint the WAL is cut back to this, so a burst does not leave a large file behind.
    private static final long JOURNAL_SIZE_LIMIT_BYTES = 4L * 1024 * 1024;

    private static final String[] CREATE = {
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID""",
        "INSERT INTO meta (key, value) VALUES ('" + LAST_SEQ + "', 0)",
        // created_at and sent_at are Unix milliseconds; bytes is the event's JSON (EventJson) and size its length.
        """
        CREATE TABLE outbox (
            event_id   TEXT PRIMARY KEY,
            seq        INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
            state      TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'acked')),
            created_at INTEGER NOT NULL,
            sent_at    INTEGER,
            bytes      BLOB NOT NULL,
            size       INTEGER NOT NULL
        )""",
        // Serves "pending rows by seq", "sent rows" and the counts by state.
        "CREATE INDEX outbox_state_seq ON outbox (state, seq)",
    };

    static final int BACKSTOP_CHECKPOINT_PAGES = 10_000;

    private OutboxSchema() {
    }

    static Connection open(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        // The file was created owner-only before this; SQLite must never create it with the umask's mode.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        // Nothing reads generated keys; without this the driver runs a regex over the SQL at every update.
        config.setGetGeneratedKeys(false);
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                String mode = single(statement, "PRAGMA journal_mode = WAL");
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new OutboxException("outbox " + file + ": open failed: the file system does not support"
                            + " SQLite's WAL mode (journal_mode stayed " + mode + ")");
                }
                // In WAL mode FULL syncs the WAL at every commit: a committed check-in survives power loss.
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA journal_size_limit = " + JOURNAL_SIZE_LIMIT_BYTES);
                // Checkpoints belong to housekeeping (SqliteOutbox.checkpoint), not to a scan's commit, where
                // copying the WAL back and syncing the database would hold the gate for milliseconds.
                // This is only the backstop if housekeeping stops.
                statement.execute("PRAGMA wal_autocheckpoint = " + BACKSTOP_CHECKPOINT_PAGES);
                checkIntact(statement, file);
                migrate(statement, file);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new OutboxException(SqliteErrors.message(file, "open", e), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** A cheap structural check (no index cross-check): corruption found at boot, not at the first scan. */
    private static void checkIntact(Statement statement, Path file) throws SQLException {
        String result = single(statement, "PRAGMA quick_check(1)");
        if (!"ok".equals(result)) {
            throw new OutboxException("outbox " + file + ": open failed: the database file is corrupt"
                    + " (quick_check: " + String.valueOf(result).replace('\n', ' ')
                    + "); move it aside for recovery, do not delete it");
        }
    }

    private static void migrate(Statement statement, Path file) throws SQLException {
        int version = Integer.parseInt(single(statement, "PRAGMA user_version"));
        int applicationId = Integer.parseInt(single(statement, "PRAGMA application_id"));
        int objects = Integer.parseInt(single(statement, "SELECT count(*) FROM sqlite_schema"));
        if (version == 0 && applicationId == 0 && objects == 0) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : CREATE) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA application_id = " + APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + VERSION);
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            return;
        }
        if (applicationId != APPLICATION_ID) {
            throw new OutboxException("outbox " + file + ": open failed: this is an SQLite database but not a"
                    + " QR Gate outbox (application_id " + applicationId + ")");
        }
        if (version > VERSION) {
            throw new OutboxException("outbox " + file + ": open failed: schema version " + version
                    + " is newer than this firmware understands (" + VERSION + "); was the firmware downgraded?");
        }
        if (version < 1) {
            throw new OutboxException("outbox " + file + ": open failed: unknown schema version " + version);
        }
        // Version 1 is the first; later versions add their upgrade steps here, one transaction each.
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
