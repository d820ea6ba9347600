package vn.qrgate.gateway.config;

import java.util.Objects;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;

/** A device this gateway accepts check-ins from, and the venue every one of its events must name. */
public record DeviceEntry(DeviceId id, String venue) {

    public DeviceEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(venue, "venue");
        if (venue.isBlank() || venue.length() > Event.MAX_VENUE_LENGTH
                || venue.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("device venue " + Event.venueRule());
        }
    }

    public static DeviceEntry of(String id, String venue) {
        return new DeviceEntry(DeviceId.of(id), venue);
    }
}
