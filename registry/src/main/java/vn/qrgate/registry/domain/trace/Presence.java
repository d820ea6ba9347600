package vn.qrgate.registry.domain.trace;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.qrgate.protocol.subject.Identity;

/**
 * One person at one venue from {@code from} to {@code until} (both inclusive; equal for a moment),
 * rebuilt from their check-ins. The times keep the offset of the reader that made the scans.
 * {@code toString} shows no personal field: {@link Identity}'s own hides them.
 */
public record Presence(Identity person, String venue, OffsetDateTime from, OffsetDateTime until, Ending ending) {

    public Presence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(ending, "ending");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a presence's until must not be before its from");
        }
    }

    public String documentNumber() {
        return person.documentNumber();
    }
}
