package vn.qrgate.registry.domain.people;

import java.time.Instant;
import java.util.Objects;
import vn.qrgate.registry.domain.venue.VenueCode;

/** A person's place at a venue: its owner, or staff the owner added. */
public record Membership(VenueCode venue, PhoneNumber phone, boolean owner, Instant addedAt) {

    public Membership {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
