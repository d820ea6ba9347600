package vn.qrgate.registry.domain.trace;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time a tracer asks about: {@code from} inclusive, {@code to} exclusive. Bounded, so one query
 * cannot sweep the whole retention period of every venue.
 */
public record TraceWindow(Instant from, Instant to) {

    public static final Duration MAX_LENGTH = Duration.ofDays(31);

    public TraceWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a trace window's from must be before its to");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw new IllegalArgumentException("a trace window may span at most " + MAX_LENGTH.toDays() + " days");
        }
    }

    /**
     * The scan times to read so every presence touching this window can be rebuilt: an IN up to
     * {@code dwell} before {@code from} may still be open at {@code from}, and an OUT up to {@code dwell}
     * after {@code to} may close a presence that began inside. Not itself a TraceWindow: it may be
     * longer than the maximum.
     */
    public Instant readFrom(Duration dwell) {
        return from.minus(dwell);
    }

    public Instant readTo(Duration dwell) {
        return to.plus(dwell);
    }

    /** Whether a presence, closed at both ends (a zero-length one is a moment), touches this window. */
    public boolean touches(Presence presence) {
        Instant start = presence.from().toInstant();
        Instant end = presence.until().toInstant();
        return start.isBefore(to) && !end.isBefore(from);
    }
}
