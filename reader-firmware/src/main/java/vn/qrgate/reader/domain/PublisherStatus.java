package vn.qrgate.reader.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The link to the gateway at a glance: whether the broker is connected, since when the link is in its
 * current state, and what went over it since the reader started. Counts only, never content.
 *
 * @param batchesInFlight batches published and not yet acked in full by the gateway
 * @param eventsPublished events published (resends count again)
 * @param eventsAcked     outbox rows the gateway's acks moved to acked
 * @param refusals        publishes the broker refused (PUBACK reason code 0x80 or above)
 */
public record PublisherStatus(boolean connected, Optional<Instant> since, int batchesInFlight, long eventsPublished,
                              long eventsAcked, long refusals) {

    public PublisherStatus {
        Objects.requireNonNull(since, "since");
        if (batchesInFlight < 0 || eventsPublished < 0 || eventsAcked < 0 || refusals < 0) {
            throw new IllegalArgumentException("publisher counts must be >= 0");
        }
    }
}
