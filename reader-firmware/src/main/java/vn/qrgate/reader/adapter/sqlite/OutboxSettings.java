package vn.qrgate.reader.adapter.sqlite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import vn.qrgate.reader.domain.FullPolicy;

/**
 * How the SQLite outbox is sized and where it lives. Checked when built, so a wrong config file fails
 * at start-up with the field named, not at the first scan.
 *
 * @param capacity           unacked rows the outbox is meant to hold; reaching it raises the full alarm
 * @param diskFloorBytes     under {@link FullPolicy#KEEP_UNTIL_DISK_FLOOR}, past capacity, the free space
 *                           the file system must keep; below it new scans are refused
 * @param nearlyFullFraction the share of capacity at which the nearly-full alarm starts, in (0, 1]
 * @param retention          acked rows older than this are deleted (DESIGN §7)
 */
public record OutboxSettings(Path path, long capacity, FullPolicy fullPolicy, long diskFloorBytes,
                             double nearlyFullFraction, Duration retention) {

    /** A day of a busy gate at ~1 scan/s, with room to spare: a few tens of MB of JSON. */
    public static final long DEFAULT_CAPACITY = 100_000;
    public static final FullPolicy DEFAULT_FULL_POLICY = FullPolicy.KEEP_UNTIL_DISK_FLOOR;
    /** Leaves room for the OS, its logs and a WAL checkpoint on a small SD card. */
    public static final long DEFAULT_DISK_FLOOR_BYTES = 64L * 1024 * 1024;
    public static final double DEFAULT_NEARLY_FULL_FRACTION = 0.8;
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);

    public OutboxSettings {
        if (path == null || path.getFileName() == null) {
            throw new IllegalArgumentException("outbox.path must name a file, was " + path);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox.capacity must be >= 1, was " + capacity);
        }
        Objects.requireNonNull(fullPolicy, "outbox.fullPolicy");
        if (diskFloorBytes < 0) {
            throw new IllegalArgumentException("outbox.diskFloorBytes must be >= 0, was " + diskFloorBytes);
        }
        // Written this way round so NaN fails too.
        if (!(nearlyFullFraction > 0 && nearlyFullFraction <= 1)) {
            throw new IllegalArgumentException("outbox.nearlyFullFraction must be in (0, 1], was " + nearlyFullFraction);
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("outbox.retention must be a positive duration, was " + retention);
        }
    }

    public static OutboxSettings defaults(Path path) {
        return new OutboxSettings(path, DEFAULT_CAPACITY, DEFAULT_FULL_POLICY, DEFAULT_DISK_FLOOR_BYTES,
                DEFAULT_NEARLY_FULL_FRACTION, DEFAULT_RETENTION);
    }

    public OutboxSettings withCapacity(long newCapacity) {
        return new OutboxSettings(path, newCapacity, fullPolicy, diskFloorBytes, nearlyFullFraction, retention);
    }

    public OutboxSettings withFullPolicy(FullPolicy newPolicy) {
        return new OutboxSettings(path, capacity, newPolicy, diskFloorBytes, nearlyFullFraction, retention);
    }

    public OutboxSettings withDiskFloorBytes(long newFloor) {
        return new OutboxSettings(path, capacity, fullPolicy, newFloor, nearlyFullFraction, retention);
    }

    public OutboxSettings withNearlyFullFraction(double newFraction) {
        return new OutboxSettings(path, capacity, fullPolicy, diskFloorBytes, newFraction, retention);
    }

    public OutboxSettings withRetention(Duration newRetention) {
        return new OutboxSettings(path, capacity, fullPolicy, diskFloorBytes, nearlyFullFraction, newRetention);
    }

    /**
     * The unacked count at which the outbox is nearly full. Decimal arithmetic, because in binary
     * 0.7 × 10 is 7.000000000000001 and the alarm would start one row late.
     */
    public long nearlyFullThreshold() {
        return BigDecimal.valueOf(nearlyFullFraction)
                .multiply(BigDecimal.valueOf(capacity))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }
}
