package vn.qrgate.registry.domain.venue;

import java.time.Instant;
import java.util.Objects;

/**
 * A venue in the registry's store: its code, what was registered and when. (A venue written in the
 * config file is a {@code domain.Venue}: an id and a name, no type or area.)
 */
public record Venue(VenueCode code, VenueRegistration registration, Instant createdAt) {

    public Venue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
