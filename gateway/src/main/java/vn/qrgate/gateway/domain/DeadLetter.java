package vn.qrgate.gateway.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.qrgate.protocol.event.DeviceId;

/**
 * An event the registry rejected, kept aside with the registry's reason for a person to look at. The
 * reason is the registry's words, which like every message of the contract carry no personal data.
 */
public record DeadLetter(UUID eventId, DeviceId device, String reason, Instant rejectedAt) {

    public DeadLetter {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
