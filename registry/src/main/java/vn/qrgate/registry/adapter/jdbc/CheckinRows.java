package vn.qrgate.registry.adapter.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;
import vn.qrgate.registry.domain.StoredCheckin;

/** The mapping between an event and a row of {@code checkin}; the SQL is the same for every dialect. */
final class CheckinRows {

    private static final String COLUMNS = "event_id, venue, device, seq, scanned_at, scanned_offset, clock_synced, "
            + "direction, kind, decision, reason, source, warnings, document_type, document_number, full_name, "
            + "birth_date, sex, phone, gateway, received_at";

    static final String INSERT_IF_ABSENT = "INSERT INTO checkin (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING";

    static final String NEWEST_FIRST = "SELECT " + COLUMNS + " FROM checkin WHERE venue = ? AND scanned_at >= ? "
            + "ORDER BY scanned_at DESC, seq DESC, event_id DESC LIMIT ?";

    // Tracing reads accepted scans only: a rejected one names nobody. Ordered as the pairing wants them.
    static final String ACCEPTED_OF_DOCUMENT = "SELECT " + COLUMNS + " FROM checkin WHERE document_number = ? "
            + "AND scanned_at >= ? AND scanned_at < ? AND decision = 'ACCEPTED' ORDER BY scanned_at, seq";

    static final String ACCEPTED_AT_VENUE = "SELECT " + COLUMNS + " FROM checkin WHERE venue = ? "
            + "AND scanned_at >= ? AND scanned_at < ? AND decision = 'ACCEPTED' ORDER BY scanned_at, seq";

    // In chunks, so a large first sweep never holds SQLite's one write lock long enough to turn gateways away.
    static final String DELETE_SCANNED_BEFORE = "DELETE FROM checkin WHERE event_id IN "
            + "(SELECT event_id FROM checkin WHERE scanned_at < ? LIMIT ?)";

    private CheckinRows() {
    }

    static void bind(PreparedStatement ps, Dialect dialect, Event e, String gateway, Instant receivedAt)
            throws SQLException {
        Identity s = e.subject();
        dialect.setUuid(ps, 1, e.eventId());
        ps.setString(2, e.venue());
        ps.setString(3, e.device().value());
        ps.setLong(4, e.seq());
        dialect.setInstant(ps, 5, e.scannedAt().toInstant());
        ps.setInt(6, e.scannedAt().getOffset().getTotalSeconds());
        ps.setBoolean(7, e.clockSynced());
        ps.setString(8, e.direction().name());
        ps.setString(9, e.kind().name());
        ps.setString(10, e.decision().name());
        ps.setString(11, e.reason() == null ? null : e.reason().name());
        ps.setString(12, e.source().wireName());
        ps.setString(13, String.join(",", e.warnings().stream().map(Warning::name).toList()));
        ps.setString(14, s == null ? null : s.documentType().name());
        ps.setString(15, s == null ? null : s.documentNumber());
        ps.setString(16, s == null ? null : s.name());
        dialect.setDate(ps, 17, s == null ? null : s.birthDate());
        ps.setString(18, s == null || s.sex() == null ? null : s.sex().name());
        ps.setString(19, s == null ? null : s.phone());
        ps.setString(20, gateway);
        dialect.setInstant(ps, 21, receivedAt);
    }

    static StoredCheckin read(ResultSet rs, Dialect dialect) throws SQLException {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(rs.getInt("scanned_offset"));
        String documentType = rs.getString("document_type");
        Identity subject = null;
        if (documentType != null) {
            String sex = rs.getString("sex");
            subject = new Identity(DocumentType.valueOf(documentType), rs.getString("document_number"),
                    rs.getString("full_name"), dialect.getDate(rs, "birth_date"),
                    sex == null ? null : Sex.valueOf(sex), rs.getString("phone"));
        }
        String reason = rs.getString("reason");
        String source = rs.getString("source");
        Event event = new Event(
                dialect.getUuid(rs, "event_id"),
                DeviceId.of(rs.getString("device")),
                rs.getString("venue"),
                rs.getLong("seq"),
                dialect.getInstant(rs, "scanned_at").atOffset(offset),
                rs.getBoolean("clock_synced"),
                Direction.valueOf(rs.getString("direction")),
                Kind.valueOf(rs.getString("kind")),
                subject,
                Decision.valueOf(rs.getString("decision")),
                reason == null ? null : Reason.valueOf(reason),
                ScanSource.fromWire(source).orElseThrow(() -> new IllegalStateException("unknown source in database")),
                warnings(rs.getString("warnings")));
        return new StoredCheckin(event, rs.getString("gateway"), dialect.getInstant(rs, "received_at"));
    }

    private static List<Warning> warnings(String text) {
        List<Warning> warnings = new ArrayList<>();
        if (text != null && !text.isEmpty()) {
            for (String name : text.split(",")) {
                warnings.add(Warning.valueOf(name));
            }
        }
        return warnings;
    }
}
