package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaLevel;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.Directory;
import vn.qrgate.registry.port.StoreFailureException;

/** The console's whole-registry lists over the V2 and V4 tables. */
final class JdbcDirectory implements Directory {

    private static final String TOP_AREAS = "SELECT code, name, type, level, level_name, parent_code FROM area "
            + "WHERE parent_code IS NULL AND '' = ? ORDER BY code";
    private static final String ALL_VENUES = "SELECT code, name, type, address, area_code, created_at FROM venue "
            + "WHERE '' = ? ORDER BY code";
    private static final String DEVICES = "SELECT device_id, venue_code, assigned_at FROM device WHERE venue_code = ? "
            + "ORDER BY device_id";

    private final Database db;

    JdbcDirectory(Database db) {
        this.db = db;
    }

    @Override
    public List<Area> topAreas() {
        return query(TOP_AREAS, "", rs -> Area.top(rs.getString("code"), rs.getString("name"), rs.getString("type"),
                new AreaLevel(rs.getInt("level"), rs.getString("level_name"))), "list the top-level areas");
    }

    @Override
    public List<Venue> allVenues() {
        return query(ALL_VENUES, "", rs -> new Venue(VenueCode.of(rs.getString("code")), new VenueRegistration(
                rs.getString("name"), VenueType.parse(rs.getString("type")), rs.getString("address"),
                rs.getString("area_code")), db.dialect().getInstant(rs, "created_at")), "list the venues");
    }

    @Override
    public List<DeviceAssignment> devicesAt(VenueCode venue) {
        return query(DEVICES, venue.value(), rs -> new DeviceAssignment(DeviceId.of(rs.getString("device_id")),
                VenueCode.of(rs.getString("venue_code")), db.dialect().getInstant(rs, "assigned_at")),
                "list the devices of venue " + venue);
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, String key, Row<T> row, String operation) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw db.translate(operation, e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored row is not valid: " + e.getMessage(), null);
        }
    }
}
