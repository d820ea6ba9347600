package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.mask.MaskedSubject;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.domain.live.LiveSnapshot;
import vn.qrgate.registry.domain.live.LiveView;

/**
 * The live list's snapshot and entries. In the masked view the person goes through {@link Masking}
 * here, on the way out, as in {@link CheckinsJson}; only a granted (and audited) full view writes them whole.
 */
final class LiveJson {

    private LiveJson() {
    }

    static byte[] snapshot(LiveSnapshot snapshot) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("venue");
            g.writeStringField("code", snapshot.venue().code());
            g.writeStringField("name", snapshot.venue().name());
            g.writeEndObject();
            g.writeStringField("view", snapshot.view().wireName());
            g.writeNumberField("inside", snapshot.inside());
            g.writeArrayFieldStart("entries");
            for (StoredCheckin checkin : snapshot.entries()) {
                writeEntry(g, checkin, snapshot.view());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** One entry as a single line of JSON: what an SSE {@code data:} line carries. */
    static String entry(StoredCheckin checkin, LiveView view) {
        return new String(Json.write(g -> writeEntry(g, checkin, view)), StandardCharsets.UTF_8);
    }

    static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    private static void writeEntry(JsonGenerator g, StoredCheckin checkin, LiveView view) throws IOException {
        Event e = checkin.event();
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId().toString());
        g.writeStringField("scannedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.scannedAt()));
        g.writeStringField("direction", e.direction().name());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("decision", e.decision().name());
        if (e.reason() != null) {
            g.writeStringField("reason", e.reason().name());
        }
        g.writeFieldName("person");
        if (e.subject() == null) {
            g.writeNull();
        } else if (view == LiveView.FULL) {
            writeFull(g, e.subject());
        } else {
            writeMasked(g, Masking.mask(e.subject()));
        }
        g.writeEndObject();
    }

    private static void writeMasked(JsonGenerator g, MaskedSubject masked) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", masked.name());
        g.writeStringField("documentNumber", masked.documentNumber());
        writeOrNull(g, "birthDate", masked.birthDate().equals(Masking.NO_BIRTH_DATE) ? null : masked.birthDate());
        writeOrNull(g, "phone", masked.phone().orElse(null));
        g.writeEndObject();
    }

    private static void writeFull(JsonGenerator g, Identity person) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", person.name());
        g.writeStringField("documentNumber", person.documentNumber());
        writeOrNull(g, "birthDate", person.birthDate() == null ? null : person.birthDate().toString());
        writeOrNull(g, "phone", person.phone());
        g.writeEndObject();
    }

    private static void writeOrNull(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
