package vn.qrgate.reader.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One outbox row as stored: the event's id and seq, and its JSON exactly as it was encoded when the scan
 * was appended (already checked then). Lets the publisher send a backlog without decoding and encoding
 * every event again. The JSON holds personal data: never print it.
 */
public record StoredEvent(UUID eventId, long seq, byte[] json) {

    public StoredEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(json, "json");
        if (seq < 1 || json.length == 0) {
            throw new IllegalArgumentException("a stored event has a seq >= 1 and some JSON");
        }
    }

    @Override
    public String toString() {
        return "StoredEvent[" + eventId + ", seq " + seq + ", " + json.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredEvent s && s.eventId.equals(eventId) && s.seq == seq
                && java.util.Arrays.equals(s.json, json);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, seq, java.util.Arrays.hashCode(json));
    }
}
