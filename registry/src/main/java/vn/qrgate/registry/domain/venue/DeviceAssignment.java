package vn.qrgate.registry.domain.venue;

import java.time.Instant;
import java.util.Objects;
import vn.qrgate.protocol.event.DeviceId;

/** A reader provisioned for a venue since {@code assignedAt}; a device is at one venue at a time. */
public record DeviceAssignment(DeviceId deviceId, VenueCode venueCode, Instant assignedAt) {

    public DeviceAssignment {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(venueCode, "venueCode");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
