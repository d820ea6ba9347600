package vn.qrgate.protocol.json;

import static vn.qrgate.protocol.json.JsonFields.array;
import static vn.qrgate.protocol.json.JsonFields.at;
import static vn.qrgate.protocol.json.JsonFields.bool;
import static vn.qrgate.protocol.json.JsonFields.describe;
import static vn.qrgate.protocol.json.JsonFields.enumField;
import static vn.qrgate.protocol.json.JsonFields.enumNode;
import static vn.qrgate.protocol.json.JsonFields.integer;
import static vn.qrgate.protocol.json.JsonFields.nonBlank;
import static vn.qrgate.protocol.json.JsonFields.object;
import static vn.qrgate.protocol.json.JsonFields.present;
import static vn.qrgate.protocol.json.JsonFields.required;
import static vn.qrgate.protocol.json.JsonFields.text;
import static vn.qrgate.protocol.json.JsonFields.uuid;
import static vn.qrgate.protocol.json.JsonFields.uuids;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.event.InvalidEventException;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

/** Maps a JSON tree onto the contract records, field by field (the other half of {@link EventJson}). */
final class JsonDecoder {

    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private JsonDecoder() {
    }

    static CheckinBatch checkinBatch(JsonNode root) {
        object(root, "");
        version(root);
        DeviceId device = deviceId(root, "", "device");
        List<Event> events = events(root, true);
        return build("", () -> new CheckinBatch(device, events));
    }

    static AckMessage ack(JsonNode root) {
        object(root, "");
        version(root);
        List<UUID> ids = uuids(root, "", "ids");
        if (ids.isEmpty()) {
            throw new EventCodecException("ids", "must contain at least one event id");
        }
        return new AckMessage(ids);
    }

    static IngestRequest ingestRequest(JsonNode root) {
        object(root, "");
        return new IngestRequest(events(root, false));
    }

    static IngestResponse ingestResponse(JsonNode root) {
        object(root, "");
        List<UUID> accepted = uuids(root, "", "accepted");
        List<UUID> duplicates = uuids(root, "", "duplicates");
        JsonNode array = array(required(root, "", "rejected"), "rejected");
        List<IngestResponse.Rejection> rejected = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = at("rejected", i);
            JsonNode entry = object(array.get(i), path);
            UUID eventId = uuid(required(entry, path, "eventId"), at(path, "eventId"));
            String reason = nonBlank(entry, path, "reason");
            rejected.add(new IngestResponse.Rejection(eventId, reason));
        }
        return new IngestResponse(accepted, duplicates, rejected);
    }

    static Event event(JsonNode node, String path) {
        object(node, path);
        UUID eventId = uuid(required(node, path, "eventId"), at(path, "eventId"));
        DeviceId device = deviceId(node, path, "device");
        String venue = text(node, path, "venue");
        long seq = integer(node, path, "seq", "must be an integer >= 1");
        OffsetDateTime scannedAt = timestamp(text(node, path, "scannedAt"), at(path, "scannedAt"));
        boolean clockSynced = bool(node, path, "clockSynced");
        Direction direction = enumField(node, path, "direction", Direction.class);
        Kind kind = enumField(node, path, "kind", Kind.class);
        Identity subject = present(node, "subject") ? subject(node.get("subject"), at(path, "subject")) : null;
        Decision decision = enumField(node, path, "decision", Decision.class);
        Reason reason = present(node, "reason") ? enumField(node, path, "reason", Reason.class) : null;
        ScanSource source = scanSource(node, path);
        List<Warning> warnings = warnings(node, path);
        return build(path, () -> new Event(eventId, device, venue, seq, scannedAt, clockSynced,
                direction, kind, subject, decision, reason, source, warnings));
    }

    private static Identity subject(JsonNode node, String path) {
        object(node, path);
        DocumentType type = enumField(node, path, "documentType", DocumentType.class);
        String number = nonBlank(node, path, "documentNumber");
        String name = nonBlank(node, path, "name");
        LocalDate birthDate = present(node, "birthDate") ? date(text(node, path, "birthDate"), at(path, "birthDate")) : null;
        Sex sex = present(node, "sex") ? enumField(node, path, "sex", Sex.class) : null;
        String phone = present(node, "phone") ? text(node, path, "phone") : null;
        return new Identity(type, number, name, birthDate, sex, phone);
    }

    private static List<Event> events(JsonNode root, boolean atLeastOne) {
        JsonNode array = array(required(root, "", "events"), "events");
        if (atLeastOne && array.isEmpty()) {
            throw new EventCodecException("events", "must contain at least one event");
        }
        List<Event> events = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            events.add(event(array.get(i), at("events", i)));
        }
        return events;
    }

    private static List<Warning> warnings(JsonNode node, String path) {
        if (!present(node, "warnings")) {
            return List.of();
        }
        String arrayPath = at(path, "warnings");
        JsonNode array = array(node.get("warnings"), arrayPath);
        List<Warning> warnings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            warnings.add(enumNode(array.get(i), at(arrayPath, i), Warning.class));
        }
        return warnings;
    }

    static void version(JsonNode root) {
        JsonNode v = required(root, "", "v");
        if (!v.isIntegralNumber()) {
            throw new EventCodecException("v", "must be the number " + EventJson.VERSION + ", was " + describe(v));
        }
        if (!v.canConvertToInt() || v.intValue() != EventJson.VERSION) {
            throw new EventCodecException("v", "must be " + EventJson.VERSION
                    + " (the only protocol version this side speaks), was " + v.asText());
        }
    }

    private static DeviceId deviceId(JsonNode parent, String path, String field) {
        JsonNode value = required(parent, path, field);
        if (!value.isTextual() || !DeviceId.isValid(value.textValue())) {
            throw new EventCodecException(at(path, field), "must be a device id matching " + DeviceId.PATTERN);
        }
        return new DeviceId(value.textValue());
    }

    private static ScanSource scanSource(JsonNode parent, String path) {
        JsonNode value = required(parent, path, "source");
        if (value.isTextual()) {
            var source = ScanSource.fromWire(value.textValue());
            if (source.isPresent()) {
                return source.get();
            }
        }
        throw new EventCodecException(at(path, "source"), "must be one of serial, hid, camera, stdin");
    }

    static OffsetDateTime timestamp(String value, String path) {
        OffsetDateTime fast = FastPaths.timestamp(value);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(value, EventJson.TIMESTAMP);
        } catch (DateTimeException e) {
            throw new EventCodecException(path,
                    "must be an ISO-8601 date-time with offset, e.g. 2026-11-29T12:00:00+07:00");
        }
    }

    private static LocalDate date(String value, String path) {
        if (DATE_SHAPE.matcher(value).matches()) {
            try {
                return LocalDate.parse(value, EventJson.DATE);
            } catch (DateTimeException e) {
                // Same message as a bad shape below: the value is a birth date and must not be quoted.
            }
        }
        throw new EventCodecException(path, "must be a real date in the form YYYY-MM-DD");
    }

    // The records re-check the codec's work and add the cross-field rules (subject only when
    // accepted, …). Their messages carry no values, so they are passed on with the path in front.
    static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidEventException e) {
            throw new EventCodecException(at(path, e.field()), e.rule(), e);
        }
    }
}
