package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.util.Objects;
import vn.qrgate.reader.domain.FullPolicy;

/** Where and how much the reader keeps before the gateway acks it (DESIGN §6). */
public record OutboxConfig(Path path, long capacity, FullPolicy whenFull, long diskFloorBytes,
                           int nearlyFullPercent) {

    public static final long MAX_CAPACITY = 100_000_000;
    public static final long MIN_DISK_FLOOR_BYTES = 1024L * 1024;

    public OutboxConfig {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(whenFull, "whenFull");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("outbox capacity must be 1 to " + MAX_CAPACITY);
        }
        if (diskFloorBytes < MIN_DISK_FLOOR_BYTES) {
            throw new IllegalArgumentException("disk floor must be at least 1MB");
        }
        if (nearlyFullPercent < 1 || nearlyFullPercent > 99) {
            throw new IllegalArgumentException("nearlyFullAt must be 1% to 99%");
        }
    }

    /** The backlog at which the nearly-full alarm goes on. */
    public long nearlyFullAt() {
        return Math.max(1, capacity * nearlyFullPercent / 100);
    }
}
