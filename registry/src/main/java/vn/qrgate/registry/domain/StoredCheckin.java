package vn.qrgate.registry.domain;

import java.time.Instant;
import java.util.Objects;
import vn.qrgate.protocol.event.Event;

/** A check-in as the registry keeps it: the event as the reader made it, and how it arrived. */
public record StoredCheckin(Event event, String gateway, Instant receivedAt) {

    public StoredCheckin {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
