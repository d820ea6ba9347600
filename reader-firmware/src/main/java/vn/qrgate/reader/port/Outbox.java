package vn.qrgate.reader.port;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.domain.StoredEvent;

/**
 * The device's only persistence (DESIGN §6): every check-in is committed here before the gate
 * opens, and leaves only when the gateway acks it. Rows move pending → sent → acked; acked rows are
 * purged. Thread-safe.
 */
public interface Outbox extends AutoCloseable {

    /**
     * Assigns the next per-device {@code seq} and stores the event durably (committed and synced)
     * before returning, or refuses it under the full policy. Throws OutboxException if the disk fails.
     */
    AppendResult append(EventDraft draft);

    /** Oldest pending rows first, at most {@code maxEvents} and about {@code maxBytes} of JSON; marks them sent. */
    List<Event> takeBatch(int maxEvents, int maxBytes);

    /**
     * As {@link #takeBatch}, but each event as stored: its id, seq and JSON exactly as {@link EventJson}
     * encoded it at append, so a publisher sends a backlog without decoding and encoding it again.
     */
    default List<StoredEvent> takeStoredBatch(int maxEvents, int maxBytes) {
        List<StoredEvent> stored = new ArrayList<>();
        for (Event event : takeBatch(maxEvents, maxBytes)) {
            stored.add(new StoredEvent(event.eventId(), event.seq(), EventJson.encode(event)));
        }
        return stored;
    }

    /** The gateway has these durably: mark them acked. Unknown ids are ignored. Returns how many changed. */
    int acknowledge(Collection<UUID> eventIds);

    /** Sent rows not acked since {@code cutoff} go back to pending (ack timeout, reconnect). Returns how many. */
    int requeueSentBefore(Instant cutoff);

    /** Deletes acked rows. Returns how many. */
    int purgeAcked();

    OutboxStatus status();

    @Override
    void close();
}
