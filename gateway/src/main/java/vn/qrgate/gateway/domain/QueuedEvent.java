package vn.qrgate.gateway.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;

/**
 * An event stored at the gateway and not yet taken by the registry; {@code position} orders the queue.
 * {@code json} is the event in its contract form as {@link EventJson#encode(Event)} wrote it when it was
 * stored, so it can be sent on without being decoded and encoded again.
 */
public record QueuedEvent(long position, UUID eventId, DeviceId device, Instant receivedAt, byte[] json) {

    public QueuedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(json, "json");
    }

    /** The event itself, decoded from {@link #json()}. */
    public Event event() {
        return EventJson.decodeEvent(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueuedEvent q && q.position == position && q.eventId.equals(eventId)
                && q.device.equals(device) && q.receivedAt.equals(receivedAt) && java.util.Arrays.equals(q.json, json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, eventId);
    }

    /** Without the JSON: it holds personal data. */
    @Override
    public String toString() {
        return "QueuedEvent[position=" + position + ", eventId=" + eventId + ", device=" + device + ", receivedAt="
                + receivedAt + "]";
    }
}
