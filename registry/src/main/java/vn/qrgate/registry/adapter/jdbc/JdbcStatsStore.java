package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.qrgate.registry.domain.stats.AreaDayRow;
import vn.qrgate.registry.domain.stats.PeopleSketch;
import vn.qrgate.registry.domain.stats.Rollup;
import vn.qrgate.registry.domain.stats.StatsPeriod;
import vn.qrgate.registry.domain.stats.VenueTally;
import vn.qrgate.registry.port.StatsRetention;
import vn.qrgate.registry.port.StatsStore;
import vn.qrgate.registry.port.StoreFailureException;

/**
 * The statistics roll-ups (V7) on SQLite or PostgreSQL. Each area under the reported one is tagged with
 * its branch, the reported area's child it lies under, by a recursive walk down the area table.
 * Sketches of days past retention are made dense by {@link SketchDensifier}.
 */
public final class JdbcStatsStore implements StatsStore, StatsRetention {

    private static final String SCOPE = """
            WITH RECURSIVE down (code, branch) AS (
                SELECT code, code FROM area WHERE parent_code = ?
                UNION ALL
                SELECT c.code, down.branch FROM area c JOIN down ON c.parent_code = down.code
            ), scope (code, branch) AS (
                SELECT code, branch FROM down
                UNION ALL
                SELECT code, code FROM area WHERE code = ?
            )
            """;
    private static final String AREA_DAYS = SCOPE + """
            SELECT s.branch, r.area_code, r.day, r.scans, r.people
            FROM stats_area_day r JOIN scope s ON r.area_code = s.code
            WHERE r.day >= ? AND r.day <= ?""";
    // One pass over the week's venue-days (the (day, venue) index covers it), not a probe per venue.
    private static final String VENUES = SCOPE + """
            SELECT s.branch, count(*) AS venues,
                sum(CASE WHEN t.last_day = ? THEN 1 ELSE 0 END) AS today,
                count(t.venue) AS week
            FROM venue v JOIN scope s ON v.area_code = s.code
            LEFT JOIN (SELECT venue, max(day) AS last_day FROM stats_venue_day
                       WHERE day >= ? AND day <= ? GROUP BY venue) t ON t.venue = v.code
            GROUP BY s.branch""";

    private final Database db;

    JdbcStatsStore(Database db) {
        this.db = db;
    }

    @Override
    public List<AreaDayRow> areaDays(String areaCode, StatsPeriod period) {
        Objects.requireNonNull(areaCode, "areaCode");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(AREA_DAYS)) {
            ps.setString(1, areaCode);
            ps.setString(2, areaCode);
            db.dialect().setDate(ps, 3, period.from());
            db.dialect().setDate(ps, 4, period.to());
            List<AreaDayRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AreaDayRow(rs.getString(1), rs.getString(2), db.dialect().getDate(rs, "day"),
                            rs.getLong(4), PeopleSketch.fromBytes(rs.getBytes(5))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw db.translate("read the statistics of area " + areaCode, e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored roll-up is not valid: " + e.getMessage(), null);
        }
    }

    @Override
    public List<VenueTally> venues(String areaCode, LocalDate today) {
        Objects.requireNonNull(areaCode, "areaCode");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(VENUES)) {
            ps.setString(1, areaCode);
            ps.setString(2, areaCode);
            db.dialect().setDate(ps, 3, today);
            db.dialect().setDate(ps, 4, today.minusDays(6));
            db.dialect().setDate(ps, 5, today);
            List<VenueTally> tallies = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.add(new VenueTally(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
            return tallies;
        } catch (SQLException e) {
            throw db.translate("count the venues of area " + areaCode, e);
        }
    }

    @Override
    public int densifySketchesBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new SketchDensifier(db).before(day);
    }

    /**
     * Adds a roll-up built outside ingest, in one transaction: what a bulk load of check-ins (written
     * with COPY, say) must add, through the same rows ingest writes.
     */
    public void add(Rollup rollup) {
        Objects.requireNonNull(rollup, "rollup");
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                RollupRows.add(c, db.dialect(), rollup);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                Database.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.translate("add " + rollup, e);
        }
    }
}
