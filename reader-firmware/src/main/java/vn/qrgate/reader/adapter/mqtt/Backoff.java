package vn.qrgate.reader.adapter.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Waits between attempts: a ceiling that doubles from min to max, and each wait drawn uniformly between
 * min and the current ceiling ("full jitter" with a floor). After a broker restart a whole fleet of
 * readers reconnects spread over the window instead of in one burst, and none tries sooner than min.
 * Not thread-safe: one owner.
 */
final class Backoff {

    private final long minNanos;
    private final long maxNanos;
    private final DoubleSupplier random;
    private long ceilingNanos;

    Backoff(Duration min, Duration max) {
        this(min, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} yields values in [0, 1). */
    Backoff(Duration min, Duration max, DoubleSupplier random) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, got " + min + " and " + max);
        }
        this.random = Objects.requireNonNull(random, "random");
        this.ceilingNanos = minNanos;
    }

    /** The next wait, in [min, ceiling]; the ceiling then doubles, up to max. */
    Duration next() {
        long wait = minNanos + (long) (random.getAsDouble() * (ceilingNanos - minNanos));
        ceilingNanos = ceilingNanos > maxNanos / 2 ? maxNanos : ceilingNanos * 2;
        return Duration.ofNanos(wait);
    }

    /** The longest the next wait can be. */
    Duration ceiling() {
        return Duration.ofNanos(ceilingNanos);
    }

    /** After a success: the next wait is min again. */
    void reset() {
        ceilingNanos = minNanos;
    }
}
