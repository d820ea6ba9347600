package vn.qrgate.bench.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;

/**
 * A {@code checkin} row in PostgreSQL's COPY text format, the columns and values the registry's own
 * insert binds (registry {@code CheckinRows}); the loader's test reads rows back through the store to
 * hold the two equal.
 */
final class CopyRows {

    static final String COLUMNS = "event_id, venue, device, seq, scanned_at, scanned_offset, clock_synced, "
            + "direction, kind, decision, reason, source, warnings, document_type, document_number, full_name, "
            + "birth_date, sex, phone, gateway, received_at";

    private CopyRows() {
    }

    static void append(StringBuilder out, Event e, String gateway, Instant receivedAt) {
        Identity s = e.subject();
        field(out, e.eventId().toString());
        field(out, e.venue());
        field(out, e.device().value());
        field(out, Long.toString(e.seq()));
        field(out, OffsetDateTime.ofInstant(e.scannedAt().toInstant(), ZoneOffset.UTC).toString());
        field(out, Integer.toString(e.scannedAt().getOffset().getTotalSeconds()));
        field(out, e.clockSynced() ? "t" : "f");
        field(out, e.direction().name());
        field(out, e.kind().name());
        field(out, e.decision().name());
        field(out, e.reason() == null ? null : e.reason().name());
        field(out, e.source().wireName());
        field(out, e.warnings().stream().map(Warning::name).collect(Collectors.joining(",")));
        field(out, s == null ? null : s.documentType().name());
        field(out, s == null ? null : s.documentNumber());
        field(out, s == null ? null : s.name());
        field(out, s == null || s.birthDate() == null ? null : s.birthDate().toString());
        field(out, s == null || s.sex() == null ? null : s.sex().name());
        field(out, s == null ? null : s.phone());
        field(out, gateway);
        out.append(OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC)).append('\n');
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\t');
    }
}
