package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.port.TraceStore;

/**
 * Tracing's reads of {@code checkin}: by document number through {@code checkin_document_scanned}
 * (V3), by venue through {@code checkin_venue_scanned} (V1). Operation names in errors never carry the
 * document number.
 */
final class JdbcTraceStore implements TraceStore {

    private final Database db;

    JdbcTraceStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Event> ofDocument(String documentNumber, Instant from, Instant to) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        return read(CheckinRows.ACCEPTED_OF_DOCUMENT, documentNumber, from, to, "read a person's check-ins");
    }

    @Override
    public List<Event> atVenue(String venue, Instant from, Instant to) {
        Objects.requireNonNull(venue, "venue");
        return read(CheckinRows.ACCEPTED_AT_VENUE, venue, from, to, "read the check-ins of venue " + venue);
    }

    private List<Event> read(String sql, String key, Instant from, Instant to, String operation) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            db.dialect().setInstant(ps, 2, from);
            db.dialect().setInstant(ps, 3, to);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(CheckinRows.read(rs, db.dialect()).event());
                }
            }
            return events;
        } catch (SQLException e) {
            throw db.translate(operation, e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored check-in is not a valid event: " + e.getMessage(), null);
        }
    }
}
