package vn.qrgate.reader.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox at a glance, for the status message and alarms. {@code backlog} counts every row not
 * yet acked (pending and sent).
 */
public record OutboxStatus(long pending, long sent, long capacity, Optional<Instant> oldestUnacked, long lastSeq,
                           boolean nearlyFull, boolean full) {

    public OutboxStatus {
        Objects.requireNonNull(oldestUnacked, "oldestUnacked");
        if (pending < 0 || sent < 0 || capacity < 1 || lastSeq < 0) {
            throw new IllegalArgumentException("outbox counts must be >= 0 and capacity >= 1");
        }
    }

    public long backlog() {
        return pending + sent;
    }
}
