package vn.qrgate.protocol.event;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader publishes on {@code qrgate/v1/devices/{d}/checkins}: one or more of its own events
 * (DESIGN §4). Several when it drains its outbox after being offline.
 */
public record CheckinBatch(DeviceId device, List<Event> events) {

    public CheckinBatch {
        if (device == null) {
            throw new InvalidEventException("device", "is required");
        }
        events = Messages.copyNonEmpty(events, "events");
        for (int i = 0; i < events.size(); i++) {
            // A gateway acks per device topic; a foreign event in the batch would be acked to the wrong reader.
            if (!events.get(i).device().equals(device)) {
                throw new InvalidEventException("events[" + i + "].device", "must equal the batch device " + device);
            }
        }
    }

    public static CheckinBatch of(Event first, Event... more) {
        List<Event> events = new ArrayList<>(1 + more.length);
        events.add(first);
        events.addAll(List.of(more));
        return new CheckinBatch(first.device(), events);
    }
}
