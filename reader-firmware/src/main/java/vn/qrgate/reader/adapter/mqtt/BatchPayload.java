package vn.qrgate.reader.adapter.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.StoredEvent;

/**
 * The check-ins message, {@code {"v":1,"device":d,"events":[…]}} (DESIGN §4), built from the events' JSON
 * as the outbox stored it: nothing is decoded or encoded again, which is most of the cost of draining a
 * backlog (the JSON was checked when the scan was stored). The same bytes {@code EventJson} writes for a
 * {@code CheckinBatch}.
 *
 * <p>All rows normally belong to this reader. Rows of another device id (left from before the config's
 * device id changed) are recognised without decoding, since the encoder writes {@code "device":"…"} once,
 * at the top of each event; only those are decoded, and they go in a message of their own device.
 */
final class BatchPayload {

    /** One message: the device it is for, its events' ids in order, and the payload. */
    record Part(DeviceId device, List<UUID> eventIds, byte[] payload) {
    }

    private BatchPayload() {
    }

    static List<Part> build(DeviceId self, List<StoredEvent> rows) {
        byte[] marker = ("\"device\":\"" + self.value() + "\"").getBytes(StandardCharsets.UTF_8);
        Map<DeviceId, List<StoredEvent>> groups = new LinkedHashMap<>();
        for (StoredEvent row : rows) {
            DeviceId device = contains(row.json(), marker) ? self : EventJson.decodeEvent(row.json()).device();
            groups.computeIfAbsent(device, d -> new ArrayList<>(rows.size())).add(row);
        }
        List<Part> parts = new ArrayList<>(groups.size());
        groups.forEach((device, events) -> parts.add(part(device, events)));
        return parts;
    }

    private static Part part(DeviceId device, List<StoredEvent> events) {
        byte[] head = ("{\"v\":" + EventJson.VERSION + ",\"device\":\"" + device.value() + "\",\"events\":[")
                .getBytes(StandardCharsets.UTF_8);
        int size = head.length + 2 + events.size();
        for (StoredEvent e : events) {
            size += e.json().length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        List<UUID> ids = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(events.get(i).json());
            ids.add(events.get(i).eventId());
        }
        out.write(']');
        out.write('}');
        return new Part(device, ids, out.toByteArray());
    }

    private static boolean contains(byte[] text, byte[] pattern) {
        outer:
        for (int i = 0; i <= text.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (text[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
