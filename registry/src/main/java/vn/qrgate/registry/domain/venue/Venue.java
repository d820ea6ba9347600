package vn.qrgate.registry.domain.venue;

import java.time.Instant;
import java.util.Objects;

/**
 * A venue in the registry's store: its code, what was registered and when. Not yet the venue that
 * ingest and the API check against: those still come from the config ({@code domain.Venue}).
 */
public record Venue(VenueCode code, VenueRegistration registration, Instant createdAt) {

    public Venue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
