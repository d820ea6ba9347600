package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.domain.csv.CsvCells;
import vn.qrgate.registry.domain.trace.Presence;
import vn.qrgate.registry.domain.trace.TraceWindow;

/**
 * Presences in the full view (DESIGN §7: health officials are authorised for it): JSON, or CSV as in
 * RFC 4180 (UTF-8, a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, and cells that would start a formula defused). Nothing here is logged.
 */
final class TraceOutput {

    static final String CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
    private static final List<String> CSV_HEADER = List.of("venue", "from", "until", "ending", "document_type",
            "document_number", "name", "birth_date", "sex", "phone");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private TraceOutput() {
    }

    /** {@code {"<key>": keyValue, "from", "to", "dwell", "<listName>": [presences]}}. */
    static byte[] json(String key, String keyValue, TraceWindow window, Duration dwell, String listName,
            List<Presence> presences) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField(key, keyValue);
            g.writeStringField("from", window.from().toString());
            g.writeStringField("to", window.to().toString());
            g.writeStringField("dwell", dwell.toString());
            g.writeArrayFieldStart(listName);
            for (Presence p : presences) {
                write(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static byte[] csv(List<Presence> presences) {
        StringBuilder out = new StringBuilder(128 * (presences.size() + 1));
        row(out, CSV_HEADER);
        for (Presence p : presences) {
            Identity s = p.person();
            row(out, List.of(p.venue(), TIME.format(p.from()), TIME.format(p.until()), p.ending().name(),
                    s.documentType().name(), s.documentNumber(), s.name(),
                    s.birthDate() == null ? "" : s.birthDate().toString(),
                    s.sex() == null ? "" : s.sex().name(), s.phone() == null ? "" : s.phone()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, List<String> fields) {
        CsvCells.row(out, fields);
    }

    /** A cell as {@link CsvCells#field} writes it: quoted when needed, a formula defused. */
    static String field(String raw) {
        return CsvCells.field(raw);
    }

    private static void write(JsonGenerator g, Presence p) throws IOException {
        Identity s = p.person();
        g.writeStartObject();
        g.writeStringField("venue", p.venue());
        g.writeStringField("from", TIME.format(p.from()));
        g.writeStringField("until", TIME.format(p.until()));
        g.writeStringField("ending", p.ending().name());
        g.writeObjectFieldStart("subject");
        g.writeStringField("documentType", s.documentType().name());
        g.writeStringField("documentNumber", s.documentNumber());
        g.writeStringField("name", s.name());
        // Self-declared check-ins (the web form) carry no birth date.
        if (s.birthDate() != null) {
            g.writeStringField("birthDate", s.birthDate().toString());
        }
        if (s.sex() != null) {
            g.writeStringField("sex", s.sex().name());
        }
        if (s.phone() != null) {
            g.writeStringField("phone", s.phone());
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
