package vn.qrgate.protocol.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.subject.Identity;

/**
 * The wire form of events and the messages that carry them (DESIGN §4, §5), as UTF-8 JSON.
 *
 * <p>The mapping is written out field by field instead of annotating the records: the wire names are
 * a contract that must not move when someone renames a Java component, and the records stay usable
 * without Jackson. Decoding is strict about the types of known fields and ignores unknown ones, so a
 * newer device can add fields without breaking an older gateway. All methods are thread-safe.
 */
public final class EventJson {

    /** The only protocol version there is; {@code v} in MQTT payloads. */
    public static final int VERSION = 1;

    // Always prints seconds and keeps the offset as sent (OffsetDateTime.toString drops ":00" seconds).
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private EventJson() {
    }

    public static byte[] encode(Event event) {
        return bytes(g -> writeEvent(g, event));
    }

    public static byte[] encode(CheckinBatch batch) {
        return bytes(g -> writeBatch(g, batch));
    }

    public static byte[] encode(AckMessage ack) {
        return bytes(g -> writeAck(g, ack));
    }

    public static byte[] encode(IngestRequest request) {
        return bytes(g -> writeIngestRequest(g, request));
    }

    public static byte[] encode(IngestResponse response) {
        return bytes(g -> writeIngestResponse(g, response));
    }

    public static String encodeToString(Event event) {
        return string(g -> writeEvent(g, event));
    }

    public static String encodeToString(CheckinBatch batch) {
        return string(g -> writeBatch(g, batch));
    }

    public static String encodeToString(AckMessage ack) {
        return string(g -> writeAck(g, ack));
    }

    public static String encodeToString(IngestRequest request) {
        return string(g -> writeIngestRequest(g, request));
    }

    public static String encodeToString(IngestResponse response) {
        return string(g -> writeIngestResponse(g, response));
    }

    public static Event decodeEvent(byte[] json) {
        return JsonDecoder.event(JsonFields.parse(json), "");
    }

    public static Event decodeEvent(String json) {
        return JsonDecoder.event(JsonFields.parse(json), "");
    }

    public static CheckinBatch decodeCheckinBatch(byte[] json) {
        return JsonDecoder.checkinBatch(JsonFields.parse(json));
    }

    public static CheckinBatch decodeCheckinBatch(String json) {
        return JsonDecoder.checkinBatch(JsonFields.parse(json));
    }

    public static AckMessage decodeAck(byte[] json) {
        return JsonDecoder.ack(JsonFields.parse(json));
    }

    public static AckMessage decodeAck(String json) {
        return JsonDecoder.ack(JsonFields.parse(json));
    }

    public static IngestRequest decodeIngestRequest(byte[] json) {
        return JsonDecoder.ingestRequest(JsonFields.parse(json));
    }

    public static IngestRequest decodeIngestRequest(String json) {
        return JsonDecoder.ingestRequest(JsonFields.parse(json));
    }

    public static IngestResponse decodeIngestResponse(byte[] json) {
        return JsonDecoder.ingestResponse(JsonFields.parse(json));
    }

    public static IngestResponse decodeIngestResponse(String json) {
        return JsonDecoder.ingestResponse(JsonFields.parse(json));
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("eventId", e.eventId().toString());
        g.writeStringField("device", e.device().value());
        g.writeStringField("venue", e.venue());
        g.writeNumberField("seq", e.seq());
        g.writeStringField("scannedAt", TIMESTAMP.format(e.scannedAt()));
        g.writeBooleanField("clockSynced", e.clockSynced());
        g.writeStringField("direction", e.direction().name());
        g.writeStringField("kind", e.kind().name());
        if (e.subject() != null) {
            g.writeFieldName("subject");
            writeSubject(g, e.subject());
        }
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
        g.writeEndObject();
    }

    private static void writeSubject(JsonGenerator g, Identity s) throws IOException {
        g.writeStartObject();
        g.writeStringField("documentType", s.documentType().name());
        g.writeStringField("documentNumber", s.documentNumber());
        g.writeStringField("name", s.name());
        if (s.birthDate() != null) {
            g.writeStringField("birthDate", DATE.format(s.birthDate()));
        }
        if (s.sex() != null) {
            g.writeStringField("sex", s.sex().name());
        }
        if (s.phone() != null) {
            g.writeStringField("phone", s.phone());
        }
        g.writeEndObject();
    }

    private static void writeBatch(JsonGenerator g, CheckinBatch batch) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", VERSION);
        g.writeStringField("device", batch.device().value());
        writeEvents(g, batch.events());
        g.writeEndObject();
    }

    private static void writeAck(JsonGenerator g, AckMessage ack) throws IOException {
        g.writeStartObject();
        g.writeNumberField("v", VERSION);
        writeIds(g, "ids", ack.ids());
        g.writeEndObject();
    }

    private static void writeIngestRequest(JsonGenerator g, IngestRequest request) throws IOException {
        g.writeStartObject();
        writeEvents(g, request.events());
        g.writeEndObject();
    }

    private static void writeIngestResponse(JsonGenerator g, IngestResponse response) throws IOException {
        g.writeStartObject();
        writeIds(g, "accepted", response.accepted());
        writeIds(g, "duplicates", response.duplicates());
        g.writeArrayFieldStart("rejected");
        for (IngestResponse.Rejection rejection : response.rejected()) {
            g.writeStartObject();
            g.writeStringField("eventId", rejection.eventId().toString());
            g.writeStringField("reason", rejection.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEvents(JsonGenerator g, List<Event> events) throws IOException {
        g.writeArrayFieldStart("events");
        for (Event event : events) {
            writeEvent(g, event);
        }
        g.writeEndArray();
    }

    private static void writeIds(JsonGenerator g, String field, List<UUID> ids) throws IOException {
        g.writeArrayFieldStart(field);
        for (UUID id : ids) {
            g.writeString(id.toString());
        }
        g.writeEndArray();
    }

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    static byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = factory().createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException e) {
            // Only reachable through a bug or a lone surrogate in a string; memory I/O itself cannot fail.
            throw new UncheckedIOException("could not encode JSON", e);
        }
        return out.toByteArray();
    }

    private static String string(Body body) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = factory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode JSON", e);
        }
        return out.toString();
    }

    private static JsonFactory factory() {
        return JsonFields.MAPPER.getFactory();
    }
}
