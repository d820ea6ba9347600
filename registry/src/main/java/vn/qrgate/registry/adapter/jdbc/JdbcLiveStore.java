package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import vn.qrgate.registry.port.LiveCounts;
import vn.qrgate.registry.port.SelfCheckinSequence;

/**
 * The live list's reads beside {@link JdbcCheckinStore}'s (the entry and exit counts of a day) and the
 * self check-in form's seq numbers (V6).
 */
public final class JdbcLiveStore implements LiveCounts, SelfCheckinSequence {

    private static final String COUNTS = "SELECT "
            + "COALESCE(SUM(CASE WHEN direction = 'IN' THEN 1 ELSE 0 END), 0) AS ins, "
            + "COALESCE(SUM(CASE WHEN direction = 'OUT' THEN 1 ELSE 0 END), 0) AS outs "
            + "FROM checkin WHERE venue = ? AND decision = 'ACCEPTED' AND scanned_at >= ? AND scanned_at < ?";
    // One statement for both dialects: the first form of a venue starts at 1, later ones count up, and
    // the row lock (PostgreSQL) or the single writer (SQLite) keeps two requests from sharing a number.
    private static final String NEXT_SEQ = "INSERT INTO self_checkin_sequence (venue, last_seq) VALUES (?, 1) "
            + "ON CONFLICT (venue) DO UPDATE SET last_seq = self_checkin_sequence.last_seq + 1 RETURNING last_seq";

    private final Database db;

    JdbcLiveStore(Database db) {
        this.db = db;
    }

    @Override
    public Directions accepted(String venue, Instant from, Instant to) {
        Objects.requireNonNull(venue, "venue");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(COUNTS)) {
            ps.setString(1, venue);
            db.dialect().setInstant(ps, 2, from);
            db.dialect().setInstant(ps, 3, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Directions(rs.getLong("ins"), rs.getLong("outs"));
            }
        } catch (SQLException e) {
            throw db.translate("count the check-ins of venue " + venue, e);
        }
    }

    @Override
    public long next(String venue) {
        Objects.requireNonNull(venue, "venue");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(NEXT_SEQ)) {
            ps.setString(1, venue);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw db.translate("number a self check-in of venue " + venue, e);
        }
    }
}
