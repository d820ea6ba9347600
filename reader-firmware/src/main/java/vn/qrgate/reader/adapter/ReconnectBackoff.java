package vn.qrgate.reader.adapter;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Waits between reconnect attempts: doubling from min to max, each wait drawn from the upper half
 * of the current step. The jitter keeps two readers on one hub from hammering it in lockstep; the
 * floor of half a step keeps a replugged reader from waiting longer than needed. Shared by every
 * reader input that can be unplugged (serial, keyboard wedge); it sits outside the adapter slices,
 * which must not depend on each other.
 */
public final class ReconnectBackoff {

    private final long minNanos;
    private final long maxNanos;
    private final DoubleSupplier random;
    private long stepNanos;

    public ReconnectBackoff(Duration min, Duration max) {
        this(min, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} yields values in [0, 1). */
    ReconnectBackoff(Duration min, Duration max, DoubleSupplier random) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, got " + min + " and " + max);
        }
        this.random = Objects.requireNonNull(random, "random");
        this.stepNanos = minNanos;
    }

    public Duration next() {
        long half = stepNanos / 2;
        long wait = half + (long) (random.getAsDouble() * (stepNanos - half));
        stepNanos = stepNanos > maxNanos / 2 ? maxNanos : stepNanos * 2;
        return Duration.ofNanos(wait);
    }

    public void reset() {
        stepNanos = minNanos;
    }
}
