package vn.qrgate.reader.adapter.camera;

import java.time.Duration;

/**
 * Waits between restarts of the camera command: doubling from min to max. No jitter: one camera per
 * device, nothing shared to hammer in lockstep. (The serial adapter's ReconnectBackoff is private to
 * its package, and adapters may not depend on each other.)
 */
final class RestartBackoff {

    private final long minNanos;
    private final long maxNanos;
    private long stepNanos;

    RestartBackoff(Duration min, Duration max) {
        this.minNanos = min.toNanos();
        this.maxNanos = max.toNanos();
        if (minNanos <= 0 || maxNanos < minNanos) {
            throw new IllegalArgumentException("backoff needs 0 < min <= max, got " + min + " and " + max);
        }
        this.stepNanos = minNanos;
    }

    Duration next() {
        long wait = stepNanos;
        stepNanos = stepNanos > maxNanos / 2 ? maxNanos : stepNanos * 2;
        return Duration.ofNanos(wait);
    }

    void reset() {
        stepNanos = minNanos;
    }
}
