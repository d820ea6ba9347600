package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.qrgate.registry.domain.stats.PeopleSketch;
import vn.qrgate.registry.port.StoreFailureException;

/**
 * Rewrites the exact people sketches of days before a date in their dense form, in batches of
 * {@value #BATCH} rows, each its own transaction so ingest never waits long for a roll-up row.
 * The database picks the exact sketches by their first byte, so a sweep with nothing left to do sends
 * no sketch to the registry; the same SQL serves both dialects (substr works on BLOB and bytea alike).
 */
final class SketchDensifier {

    static final int BATCH = 500;

    private static final String EXACT_BEFORE = "SELECT area_code, day, people FROM stats_area_day "
            + "WHERE day < ? AND substr(people, 1, 1) = ?";
    private static final String AFTER_KEY = " AND (area_code > ? OR (area_code = ? AND day > ?))";
    private static final String ORDER = " ORDER BY area_code, day LIMIT " + BATCH;
    // Compare-and-set on the bytes read: a sketch ingest changed meanwhile is left for the next sweep
    // rather than overwritten with a stale one (no row lock held between the read and the write).
    private static final String REWRITE = "UPDATE stats_area_day SET people = ? "
            + "WHERE area_code = ? AND day = ? AND people = ?";

    private record Row(String area, LocalDate day, byte[] people) {
    }

    private final Database db;

    SketchDensifier(Database db) {
        this.db = db;
    }

    int before(LocalDate day) {
        int rewritten = 0;
        try (Connection c = db.dataSource().getConnection()) {
            Row last = null;
            while (true) {
                List<Row> batch = exactBefore(c, day, last);
                if (batch.isEmpty()) {
                    return rewritten;
                }
                rewritten += rewrite(c, batch);
                // Keyset paging: a row ingest changed meanwhile is not read again in this sweep.
                last = batch.get(batch.size() - 1);
            }
        } catch (SQLException e) {
            throw db.translate("make the people sketches before " + day + " dense", e);
        }
    }

    private List<Row> exactBefore(Connection c, LocalDate day, Row after) throws SQLException {
        String sql = EXACT_BEFORE + (after == null ? "" : AFTER_KEY) + ORDER;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            db.dialect().setDate(ps, 1, day);
            ps.setBytes(2, new byte[] {PeopleSketch.EXACT_KIND});
            if (after != null) {
                ps.setString(3, after.area());
                ps.setString(4, after.area());
                db.dialect().setDate(ps, 5, after.day());
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), db.dialect().getDate(rs, "day"), rs.getBytes(3)));
                }
            }
            return rows;
        }
    }

    private int rewrite(Connection c, List<Row> batch) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(REWRITE)) {
            for (Row row : batch) {
                ps.setBytes(1, dense(row));
                ps.setString(2, row.area());
                db.dialect().setDate(ps, 3, row.day());
                ps.setBytes(4, row.people());
                ps.addBatch();
            }
            int rewritten = 0;
            for (int n : ps.executeBatch()) {
                rewritten += Math.max(0, n);
            }
            c.commit();
            return rewritten;
        } catch (SQLException | RuntimeException e) {
            Database.rollback(c);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static byte[] dense(Row row) {
        try {
            return PeopleSketch.fromBytes(row.people()).dense().toBytes();
        } catch (IllegalArgumentException e) {
            // Failing the sweep (and saying where) beats leaving hashes behind unnoticed.
            throw new StoreFailureException("the people sketch of area " + row.area() + " on " + row.day()
                    + " is not valid: " + e.getMessage(), null);
        }
    }
}
