package vn.qrgate.gateway.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: attempt n waits a random time between {@code min} and
 * {@code min * 2^n}, capped at {@code max}. The jitter keeps many gateways (or many devices) that lost the
 * same server from coming back in lockstep; the floor of {@code min} keeps a retry from being immediate.
 */
public final class Backoff {

    private final long minNanos;
    private final long maxNanos;
    private final DoubleSupplier random;
    private int attempt;

    /** {@code random} yields values in [0, 1). */
    public Backoff(Duration min, Duration max, DoubleSupplier random) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, got " + min + " and " + max);
        }
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The wait before the next attempt; each call counts one more failure. */
    public Duration next() {
        long ceiling = minNanos;
        for (int i = 0; i < attempt && ceiling < maxNanos; i++) {
            ceiling = ceiling > maxNanos / 2 ? maxNanos : ceiling * 2;
        }
        ceiling = Math.min(ceiling, maxNanos);
        attempt = Math.min(attempt + 1, 62);
        long wait = minNanos + (long) (random.getAsDouble() * (ceiling - minNanos));
        return Duration.ofNanos(Math.min(Math.max(wait, minNanos), maxNanos));
    }

    /** The longest wait: for errors that a retry soon will not fix (a wrong token). */
    public Duration max() {
        return Duration.ofNanos(maxNanos);
    }

    public int failures() {
        return attempt;
    }

    public void reset() {
        attempt = 0;
    }
}
