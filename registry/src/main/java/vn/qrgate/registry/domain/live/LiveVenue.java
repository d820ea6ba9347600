package vn.qrgate.registry.domain.live;

import java.util.Objects;
import java.util.Optional;
import vn.qrgate.registry.domain.venue.VenueType;

/**
 * A venue as the live list and the self check-in page name it. A venue from the config's
 * {@code venues[]} has no type, so it never qualifies for the full view of staff.
 */
public record LiveVenue(String code, String name, Optional<VenueType> type) {

    public LiveVenue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
