package vn.qrgate.gateway.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.domain.InsertResult;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.gateway.domain.RetentionResult;
import vn.qrgate.protocol.event.Event;

/**
 * The gateway's durable copy of the check-ins (DESIGN §6.3). Every event id ever stored is remembered until
 * retention removes it, so a device that sends an event again (its ack was lost) gets it acked without a
 * second copy; an event waits in the queue until the registry has it. Every method is atomic: it happened
 * completely and durably when it returns, or not at all when it throws {@link StoreException}.
 */
public interface EventStore extends AutoCloseable {

    /**
     * Stores the events whose id the store has not seen, in one transaction, and queues them for the
     * registry. An id repeated within {@code events} counts as a duplicate after its first occurrence.
     */
    InsertResult insertIfAbsent(List<Event> events, Instant receivedAt);

    /** Up to {@code limit} queued events after {@code afterPosition} (0: from the start), oldest first. */
    List<QueuedEvent> oldestUnforwarded(long afterPosition, int limit);

    /** Removes these events from the queue (the registry has them); their ids stay remembered. */
    int delete(Collection<UUID> eventIds);

    /** Moves these events from the queue to the dead letters, with the registry's reason. */
    int deadLetter(Collection<DeadLetter> rejected);

    /** Dead letters, oldest first. */
    List<DeadLetter> deadLetters(int limit);

    /** Events not yet taken by the registry. */
    long backlog();

    /** Whether this event id was stored (and not yet removed by retention). */
    boolean contains(UUID eventId);

    /** Deletes everything received (dead letters: rejected) before {@code cutoff}. */
    RetentionResult deleteOlderThan(Instant cutoff);

    /** Throws {@link StoreException} when the store cannot be reached. */
    void check();

    @Override
    void close();
}
