package vn.qrgate.reader.adapter.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Messages for a technician: which file, which operation, what it means. SQLite's own text is
 * kept in brackets; it names tables and columns, never the values in them.
 */
final class SqliteErrors {

    // SQLite's primary result code is the low byte of an extended one (SQLITE_IOERR_FSYNC → SQLITE_IOERR).
    private static final int PRIMARY_MASK = 0xFF;

    private SqliteErrors() {
    }

    static String message(Path file, String operation, SQLException e) {
        return "outbox " + file + ": " + operation + " failed: " + meaning(e) + " [" + e.getMessage() + "]";
    }

    private static String meaning(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return "database error";
        }
        SQLiteErrorCode code = sqlite.getResultCode();
        int primary = code == null ? -1 : code.code & PRIMARY_MASK;
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is not an SQLite database (or is encrypted or damaged)";
        } else if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "the database file is corrupt";
        } else if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full";
        } else if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "disk I/O error (failing SD card?)";
        } else if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return "the file or its directory is read-only";
        } else if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the file cannot be opened (missing, or no permission)";
        } else if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "the database is locked by another connection";
        }
        return "database error";
    }
}
