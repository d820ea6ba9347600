package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueCodes;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.port.UnknownAreaException;
import vn.qrgate.registry.port.UnknownVenueException;
import vn.qrgate.registry.port.VenueStore;

/**
 * Venues and device assignments in the registry's database, SQLite or PostgreSQL (V4 migration). Not
 * used by ingest or the API yet: they still take their venues from the config.
 */
public final class JdbcVenueStore implements VenueStore {

    private static final String COLUMNS = "v.code, v.name, v.type, v.address, v.area_code, v.created_at";
    private static final String PROVINCE_OF = """
            WITH RECURSIVE up (code, parent_code) AS (
                SELECT code, parent_code FROM area WHERE code = ?
                UNION ALL
                SELECT p.code, p.parent_code FROM area p JOIN up ON p.code = up.parent_code
            )
            SELECT code FROM up WHERE parent_code IS NULL""";
    // One statement both creates a province's sequence and moves it on; the row lock (PostgreSQL) or
    // the write lock (SQLite) it takes makes concurrent registrations wait for each other's commit.
    private static final String NEXT_NUMBER = """
            INSERT INTO venue_code_sequence (province_code, last_number) VALUES (?, 1)
            ON CONFLICT (province_code) DO UPDATE SET last_number = venue_code_sequence.last_number + 1
            RETURNING last_number""";
    private static final String INSERT_VENUE =
            "INSERT INTO venue (code, name, type, address, area_code, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String BY_CODE = "SELECT " + COLUMNS + " FROM venue v WHERE v.code = ?";
    private static final String IN_AREA = """
            WITH RECURSIVE down (code) AS (
                SELECT code FROM area WHERE code = ?
                UNION ALL
                SELECT c.code FROM area c JOIN down ON c.parent_code = down.code
            )
            SELECT""" + " " + COLUMNS + " FROM venue v JOIN down ON v.area_code = down.code ORDER BY v.code";
    // Takes the row lock (PostgreSQL) before the previous assignment is read.
    private static final String LOCK_DEVICE = "UPDATE device SET venue_code = venue_code WHERE device_id = ?";
    private static final String VENUE_EXISTS = "SELECT 1 FROM venue WHERE code = ?";
    private static final String DEVICE = "SELECT device_id, venue_code, assigned_at FROM device WHERE device_id = ?";
    private static final String INSERT_DEVICE = "INSERT INTO device (venue_code, assigned_at, device_id) VALUES (?, ?, ?) "
            + "ON CONFLICT (device_id) DO NOTHING";
    private static final String MOVE_DEVICE = "UPDATE device SET venue_code = ?, assigned_at = ? WHERE device_id = ?";

    private final Database db;
    private final Clock clock;
    private final VenueCodes codes;

    JdbcVenueStore(Database db, Clock clock, VenueCodes codes) {
        this.db = db;
        this.clock = clock;
        this.codes = codes;
    }

    /** Opens the pool and brings the schema up to date; throws StoreFailureException when it cannot. */
    public static JdbcVenueStore open(StoreConfig config, Clock clock) {
        return new JdbcVenueStore(Database.open(config), Objects.requireNonNull(clock, "clock"),
                VenueCodes.PROVINCE_AND_NUMBER);
    }

    @Override
    public Venue register(VenueRegistration registration) {
        Objects.requireNonNull(registration, "registration");
        try (Connection c = db.dataSource().getConnection()) {
            // Read before the transaction: areas change only by a whole import, and the deferred
            // reference in V4 refuses the commit if the area went away meanwhile.
            String province = provinceOf(c, registration.areaCode())
                    .orElseThrow(() -> new UnknownAreaException(registration.areaCode()));
            c.setAutoCommit(false);
            try {
                Venue venue = new Venue(codes.code(province, nextNumber(c, province)), registration, clock.instant());
                try (PreparedStatement ps = c.prepareStatement(INSERT_VENUE)) {
                    ps.setString(1, venue.code().value());
                    ps.setString(2, registration.name());
                    ps.setString(3, registration.type().wireName());
                    ps.setString(4, registration.address());
                    ps.setString(5, registration.areaCode());
                    db.dialect().setInstant(ps, 6, venue.createdAt());
                    ps.executeUpdate();
                }
                c.commit();
                return read(venue);
            } catch (SQLException | RuntimeException e) {
                Database.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.translate("register a venue in area " + registration.areaCode(), e);
        }
    }

    @Override
    public Optional<Venue> byCode(VenueCode code) {
        Objects.requireNonNull(code, "code");
        List<Venue> found = venues(BY_CODE, code.value(), "read venue " + code);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Venue> inArea(String areaCode) {
        Objects.requireNonNull(areaCode, "areaCode");
        return venues(IN_AREA, areaCode, "read the venues in area " + areaCode);
    }

    @Override
    public Optional<DeviceAssignment> assign(DeviceId deviceId, VenueCode venueCode) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(venueCode, "venueCode");
        try (Connection c = db.dataSource().getConnection()) {
            // Outside the transaction, so SQLite's first statement in it is a write: venues are never deleted.
            if (!exists(c, venueCode)) {
                throw new UnknownVenueException(venueCode);
            }
            c.setAutoCommit(false);
            try {
                Instant now = clock.instant();
                // A device seen the first time is inserted; a concurrent first assignment of the same
                // device waits for this one's commit and then finds the row, so exactly one sees none.
                if (update(c, INSERT_DEVICE, deviceId, venueCode, now) == 1) {
                    c.commit();
                    return Optional.empty();
                }
                execute(c, LOCK_DEVICE, deviceId.value());
                Optional<DeviceAssignment> previous = assignment(c, deviceId);
                update(c, MOVE_DEVICE, deviceId, venueCode, now);
                c.commit();
                return previous;
            } catch (SQLException | RuntimeException e) {
                Database.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.translate("assign device " + deviceId + " to venue " + venueCode, e);
        }
    }

    private int update(Connection c, String sql, DeviceId deviceId, VenueCode venueCode, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, venueCode.value());
            db.dialect().setInstant(ps, 2, at);
            ps.setString(3, deviceId.value());
            return ps.executeUpdate();
        }
    }

    @Override
    public Optional<DeviceAssignment> venueOfDevice(DeviceId deviceId) {
        Objects.requireNonNull(deviceId, "deviceId");
        try (Connection c = db.dataSource().getConnection()) {
            return assignment(c, deviceId);
        } catch (SQLException e) {
            throw db.translate("read the venue of device " + deviceId, e);
        }
    }

    @Override
    public String describe() {
        return db.description();
    }

    @Override
    public void close() {
        db.dataSource().close();
    }

    /** The venue as a read would return it: the instant at the store's precision (microseconds). */
    private Venue read(Venue stored) {
        return byCode(stored.code()).orElseThrow(() -> new StoreFailureException(
                "venue " + stored.code() + " was committed but cannot be read back", null));
    }

    private static Optional<String> provinceOf(Connection c, String areaCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PROVINCE_OF)) {
            ps.setString(1, areaCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static long nextNumber(Connection c, String province) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NEXT_NUMBER)) {
            ps.setString(1, province);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("the venue code sequence returned no number");
                }
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, VenueCode code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VENUE_EXISTS)) {
            ps.setString(1, code.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Optional<DeviceAssignment> assignment(Connection c, DeviceId deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DEVICE)) {
            ps.setString(1, deviceId.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DeviceAssignment(DeviceId.of(rs.getString("device_id")),
                        VenueCode.of(rs.getString("venue_code")), db.dialect().getInstant(rs, "assigned_at")));
            }
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored device assignment is not valid: " + e.getMessage(), null);
        }
    }

    private List<Venue> venues(String sql, String key, String operation) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            List<Venue> venues = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    venues.add(venue(rs));
                }
            }
            return venues;
        } catch (SQLException e) {
            throw db.translate(operation, e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored venue is not valid: " + e.getMessage(), null);
        }
    }

    private Venue venue(ResultSet rs) throws SQLException {
        VenueRegistration registration = new VenueRegistration(rs.getString("name"), VenueType.parse(rs.getString("type")),
                rs.getString("address"), rs.getString("area_code"));
        return new Venue(VenueCode.of(rs.getString("code")), registration, db.dialect().getInstant(rs, "created_at"));
    }
}
