package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.domain.stats.PeopleSketch;
import vn.qrgate.registry.domain.stats.Rollup;

/**
 * Adds a {@link Rollup} to the roll-up tables inside the caller's transaction. Rows are touched in the
 * rollup's sorted key order, venue-days before area-days, so concurrent batches lock them in one
 * global order (after their check-in rows, locked in eventId order) and never deadlock.
 */
final class RollupRows {

    private static final String ADD_VENUE_DAY = "INSERT INTO stats_venue_day (venue, day, scans, accepted) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (venue, day) DO UPDATE SET scans = stats_venue_day.scans + excluded.scans, "
            + "accepted = stats_venue_day.accepted + excluded.accepted";
    private static final String CREATE_AREA_DAY = "INSERT INTO stats_area_day (area_code, day, scans, accepted, people) "
            + "VALUES (?, ?, 0, 0, ?) ON CONFLICT (area_code, day) DO NOTHING";
    private static final String READ_AREA_DAY = "SELECT people FROM stats_area_day WHERE area_code = ? AND day = ?";
    private static final String UPDATE_AREA_DAY = "UPDATE stats_area_day SET scans = scans + ?, accepted = accepted + ?, "
            + "people = ? WHERE area_code = ? AND day = ?";

    private RollupRows() {
    }

    /** The roll-up of {@code fresh} (check-ins just stored), venues' areas read in the same transaction. */
    static Rollup of(Connection c, Collection<Event> fresh) throws SQLException {
        Map<String, String> areas = areasOf(c, Rollup.venuesOf(fresh));
        Rollup rollup = new Rollup();
        for (Event e : fresh) {
            rollup.add(e, venue -> Optional.ofNullable(areas.get(venue)));
        }
        return rollup;
    }

    static void add(Connection c, Dialect dialect, Rollup rollup) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ADD_VENUE_DAY)) {
            for (var row : rollup.venueDays().entrySet()) {
                ps.setString(1, row.getKey().venue());
                dialect.setDate(ps, 2, row.getKey().day());
                ps.setLong(3, row.getValue().scans());
                ps.setLong(4, row.getValue().accepted());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // The people sketch cannot be summed in SQL: read it under a row lock, merge, write it back.
        String read = READ_AREA_DAY + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE" : "");
        byte[] empty = PeopleSketch.empty().toBytes();
        try (PreparedStatement create = c.prepareStatement(CREATE_AREA_DAY);
             PreparedStatement select = c.prepareStatement(read);
             PreparedStatement update = c.prepareStatement(UPDATE_AREA_DAY)) {
            for (var row : rollup.areaDays().entrySet()) {
                create.setString(1, row.getKey().area());
                dialect.setDate(create, 2, row.getKey().day());
                create.setBytes(3, empty);
                create.executeUpdate();
                select.setString(1, row.getKey().area());
                dialect.setDate(select, 2, row.getKey().day());
                PeopleSketch people;
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("the roll-up row just created cannot be read");
                    }
                    people = PeopleSketch.fromBytes(rs.getBytes(1));
                }
                people.merge(row.getValue().people());
                update.setLong(1, row.getValue().scans());
                update.setLong(2, row.getValue().accepted());
                update.setBytes(3, people.toBytes());
                update.setString(4, row.getKey().area());
                dialect.setDate(update, 5, row.getKey().day());
                update.executeUpdate();
            }
        }
    }

    private static Map<String, String> areasOf(Connection c, Collection<String> venues) throws SQLException {
        Map<String, String> areas = new HashMap<>();
        if (venues.isEmpty()) {
            return areas;
        }
        String sql = "SELECT code, area_code FROM venue WHERE code IN ("
                + venues.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String venue : venues) {
                ps.setString(i++, venue);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    areas.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return areas;
    }
}
