package vn.qrgate.registry.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One venue's check-ins scanned at or after {@code since}, the newest {@code limit} of them. */
public record CheckinQuery(String venue, Optional<Instant> since, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public CheckinQuery {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(since, "since");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }
}
