package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.mask.MaskedSubject;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.registry.domain.StoredCheckin;

/**
 * A venue's check-ins as venue staff see them: the subject only in the masked view of DESIGN §7.
 * The full identity never reaches this class's output; masking happens here, on the way out.
 */
final class CheckinsJson {

    private CheckinsJson() {
    }

    static byte[] masked(String venue, List<StoredCheckin> checkins) {
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("venue", venue);
            g.writeArrayFieldStart("checkins");
            for (StoredCheckin checkin : checkins) {
                write(g, checkin);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void write(JsonGenerator g, StoredCheckin checkin) throws IOException {
        Event e = checkin.event();
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId().toString());
        g.writeStringField("device", e.device().value());
        g.writeNumberField("seq", e.seq());
        g.writeStringField("scannedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.scannedAt()));
        g.writeBooleanField("clockSynced", e.clockSynced());
        g.writeStringField("direction", e.direction().name());
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("decision", e.decision().name());
        if (e.reason() != null) {
            g.writeStringField("reason", e.reason().name());
        }
        g.writeStringField("source", e.source().wireName());
        if (!e.warnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (Warning warning : e.warnings()) {
                g.writeString(warning.name());
            }
            g.writeEndArray();
        }
        g.writeStringField("receivedAt", DateTimeFormatter.ISO_INSTANT.format(checkin.receivedAt()));
        if (e.subject() != null) {
            MaskedSubject masked = Masking.mask(e.subject());
            g.writeObjectFieldStart("subject");
            g.writeStringField("documentType", masked.documentType().name());
            g.writeStringField("documentNumber", masked.documentNumber());
            g.writeStringField("name", masked.name());
            // A self-declared check-in has no birth date to show.
            if (!masked.birthDate().equals(Masking.NO_BIRTH_DATE)) {
                g.writeStringField("birthDate", masked.birthDate());
            }
            if (masked.phone().isPresent()) {
                g.writeStringField("phone", masked.phone().get());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
