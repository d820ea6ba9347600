package vn.qrgate.protocol.json;

import static vn.qrgate.protocol.json.JsonFields.array;
import static vn.qrgate.protocol.json.JsonFields.at;
import static vn.qrgate.protocol.json.JsonFields.describe;
import static vn.qrgate.protocol.json.JsonFields.integer;
import static vn.qrgate.protocol.json.JsonFields.object;
import static vn.qrgate.protocol.json.JsonFields.present;
import static vn.qrgate.protocol.json.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.Direction;

/**
 * The wire form of a device's retained status and of the runtime settings pushed to it (DESIGN §4).
 * Same rules as {@link EventJson}: field names written out, unknown fields ignored, errors name the path.
 */
public final class DeviceJson {

    private DeviceJson() {
    }

    public static byte[] encode(DeviceStatus status) {
        return EventJson.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("v", EventJson.VERSION);
            g.writeStringField("state", status.state().wireName());
            if (status.online()) {
                if (status.firmware().isPresent()) {
                    g.writeStringField("fw", status.firmware().get());
                }
                g.writeNumberField("backlog", status.backlog());
                if (status.oldestUnacked().isPresent()) {
                    g.writeStringField("oldestUnacked", EventJson.TIMESTAMP.format(status.oldestUnacked().get()));
                }
                if (status.trustListAge().isPresent()) {
                    g.writeNumberField("trustListAge", status.trustListAge().get().toSeconds());
                }
                if (status.denyListVersion().isPresent()) {
                    g.writeNumberField("denyListVersion", status.denyListVersion().get());
                }
                g.writeArrayFieldStart("alarms");
                for (String alarm : status.alarms()) {
                    g.writeString(alarm);
                }
                g.writeEndArray();
                if (status.sentAt().isPresent()) {
                    g.writeStringField("sentAt", EventJson.TIMESTAMP.format(status.sentAt().get()));
                }
            }
            g.writeEndObject();
        });
    }

    public static DeviceStatus decodeStatus(byte[] json) {
        JsonNode root = object(JsonFields.parse(json), "");
        JsonDecoder.version(root);
        String state = text(root, "", "state");
        DeviceStatus.State parsed;
        if ("online".equals(state)) {
            parsed = DeviceStatus.State.ONLINE;
        } else if ("offline".equals(state)) {
            parsed = DeviceStatus.State.OFFLINE;
        } else {
            throw new EventCodecException("state", "must be online or offline");
        }
        if (parsed == DeviceStatus.State.OFFLINE) {
            return DeviceStatus.offline();
        }
        Optional<String> fw = present(root, "fw") ? Optional.of(text(root, "", "fw")) : Optional.empty();
        long backlog = present(root, "backlog") ? integer(root, "", "backlog", "must be a whole number") : 0;
        Optional<OffsetDateTime> oldest = optionalTimestamp(root, "oldestUnacked");
        Optional<Duration> trustAge = present(root, "trustListAge")
                ? Optional.of(Duration.ofSeconds(integer(root, "", "trustListAge", "must be whole seconds")))
                : Optional.empty();
        Optional<Long> denyVersion = present(root, "denyListVersion")
                ? Optional.of(integer(root, "", "denyListVersion", "must be a whole number"))
                : Optional.empty();
        List<String> alarms = new ArrayList<>();
        if (present(root, "alarms")) {
            JsonNode list = array(root.get("alarms"), "alarms");
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isTextual()) {
                    throw new EventCodecException(at("alarms", i), "must be a string, was " + describe(list.get(i)));
                }
                alarms.add(list.get(i).textValue());
            }
        }
        Optional<OffsetDateTime> sentAt = optionalTimestamp(root, "sentAt");
        return JsonDecoder.build("", () -> new DeviceStatus(DeviceStatus.State.ONLINE, fw, backlog, oldest,
                trustAge, denyVersion, alarms, sentAt));
    }

    public static byte[] encode(DeviceSettings settings) {
        return EventJson.bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("v", EventJson.VERSION);
            g.writeNumberField("version", settings.version());
            if (settings.direction().isPresent()) {
                g.writeStringField("direction", settings.direction().get().name());
            }
            if (settings.duplicateWindow().isPresent()) {
                g.writeNumberField("duplicateWindowSeconds", settings.duplicateWindow().get().toSeconds());
            }
            g.writeEndObject();
        });
    }

    public static DeviceSettings decodeSettings(byte[] json) {
        JsonNode root = object(JsonFields.parse(json), "");
        JsonDecoder.version(root);
        long version = integer(root, "", "version", "must be a whole number >= 1");
        Optional<Direction> direction = Optional.empty();
        if (present(root, "direction")) {
            String value = text(root, "", "direction");
            try {
                direction = Optional.of(Direction.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new EventCodecException("direction", "must be IN or OUT");
            }
        }
        Optional<Duration> window = present(root, "duplicateWindowSeconds")
                ? Optional.of(Duration.ofSeconds(integer(root, "", "duplicateWindowSeconds", "must be whole seconds")))
                : Optional.empty();
        Optional<Direction> finalDirection = direction;
        return JsonDecoder.build("", () -> new DeviceSettings(version, finalDirection, window));
    }

    private static Optional<OffsetDateTime> optionalTimestamp(JsonNode root, String field) {
        if (!present(root, field)) {
            return Optional.empty();
        }
        return Optional.of(JsonDecoder.timestamp(text(root, "", field), field));
    }
}
