package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.qrgate.registry.port.StoreFailureException;

/**
 * Statements with parameters bound by type (instants through the dialect), rows read by a function,
 * and transactions that roll back on any failure; SQL errors come out translated with the operation's
 * name, which carries ids, never personal data.
 */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final Database db;

    Sql(Database db) {
        this.db = db;
    }

    Dialect dialect() {
        return db.dialect();
    }

    <T> List<T> query(String sql, List<?> params, Row<T> row, String operation) {
        try (Connection c = db.dataSource().getConnection()) {
            return query(c, sql, params, row);
        } catch (SQLException e) {
            throw db.translate(operation, e);
        }
    }

    <T> List<T> query(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params.toArray());
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (IllegalArgumentException e) {
            // A record refused a stored value; its message may quote the value, which may be personal.
            throw new StoreFailureException("a stored row is not valid: " + e.getClass().getSimpleName(), null);
        }
    }

    int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    <T> T transaction(String operation, Work<T> work) {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                Database.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.translate(operation, e);
        }
    }

    Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        rs.getObject(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(db.dialect().getInstant(rs, column));
    }

    static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                // Untyped: PostgreSQL takes the column's type (a typed null would be text, wrong for a timestamptz).
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else if (p instanceof Instant instant) {
                db.dialect().setInstant(ps, i + 1, instant);
            } else if (p instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (p instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }
}
