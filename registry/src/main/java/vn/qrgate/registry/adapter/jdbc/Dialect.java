package vn.qrgate.registry.adapter.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

/**
 * What differs between SQLite and PostgreSQL for the check-in table: column types (uuid, timestamptz
 * and date in PostgreSQL; text and integer microseconds in SQLite), where the migrations are, and
 * which errors mean "busy, try again later". The SQL statements themselves are the same for both.
 */
enum Dialect {

    SQLITE("classpath:db/sqlite") {
        @Override
        void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
            ps.setString(index, id.toString());
        }

        @Override
        UUID getUuid(ResultSet rs, String column) throws SQLException {
            return UUID.fromString(rs.getString(column));
        }

        @Override
        void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
            ps.setLong(index, Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
                    instant.getNano() / 1000));
        }

        @Override
        Instant getInstant(ResultSet rs, String column) throws SQLException {
            long micros = rs.getLong(column);
            return Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND),
                    Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
        }

        @Override
        void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            ps.setString(index, date == null ? null : date.toString());
        }

        @Override
        LocalDate getDate(ResultSet rs, String column) throws SQLException {
            String text = rs.getString(column);
            return text == null ? null : LocalDate.parse(text);
        }

        @Override
        boolean isBusy(SQLException e) {
            // sqlite-jdbc puts the (extended) result code in the vendor code; its low byte is the primary code.
            int primary = e.getErrorCode() & 0xFF;
            return primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_FULL;
        }
    },

    POSTGRESQL("classpath:db/postgresql") {
        @Override
        void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException {
            ps.setObject(index, id);
        }

        @Override
        UUID getUuid(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, UUID.class);
        }

        @Override
        void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
            ps.setObject(index, OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }

        @Override
        Instant getInstant(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }

        @Override
        void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
            ps.setObject(index, date);
        }

        @Override
        LocalDate getDate(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, LocalDate.class);
        }

        @Override
        boolean isBusy(SQLException e) {
            String state = e.getSQLState();
            if (state == null) {
                return false;
            }
            // 08 connection trouble, 40 serialization/deadlock, 53 out of resources (e.g. too many
            // connections), 55P03 lock not available, 57P0x server shutting down or starting up.
            return state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                    || PG_BUSY_STATES.contains(state);
        }
    };

    private static final long MICROS_PER_SECOND = 1_000_000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_FULL = 13;
    private static final Set<String> PG_BUSY_STATES = Set.of("55P03", "57P01", "57P02", "57P03");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    String migrations() {
        return migrations;
    }

    abstract void setUuid(PreparedStatement ps, int index, UUID id) throws SQLException;

    abstract UUID getUuid(ResultSet rs, String column) throws SQLException;

    /** Both databases keep microseconds; anything finer is dropped here, the same way for both. */
    abstract void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException;

    abstract Instant getInstant(ResultSet rs, String column) throws SQLException;

    abstract void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException;

    abstract LocalDate getDate(ResultSet rs, String column) throws SQLException;

    abstract boolean isBusy(SQLException e);

    /** Busy by this database's codes, or by JDBC's own classes (a pool timeout is a transient connection error). */
    boolean isTransient(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isBusy(sql)) {
                return true;
            }
        }
        return false;
    }

    /** For logs and exception messages: codes only, because a driver's text may quote a value. */
    static String describe(SQLException e) {
        return e.getClass().getSimpleName() + " (SQLState " + e.getSQLState() + ", code " + e.getErrorCode() + ")";
    }
}
