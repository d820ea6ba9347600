package vn.qrgate.reader.adapter.mqtt;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The batches published and not yet acked in full by the gateway. A batch leaves the window when the
 * gateway's acks have named every one of its events (in one ack or several), when the ack timeout passes,
 * when the broker refuses it, or when a new session starts (everything unacked is sent again). The drain
 * publishes only while the window has room. Thread-safe.
 */
final class InFlightWindow {

    private static final class Batch {
        final long number;
        final Instant sentAt;
        final Set<UUID> waiting;

        Batch(long number, Instant sentAt, Set<UUID> waiting) {
            this.number = number;
            this.sentAt = sentAt;
            this.waiting = waiting;
        }
    }

    private final Map<Long, Batch> batches = new LinkedHashMap<>();
    private final Map<UUID, Batch> byEvent = new HashMap<>();
    private int capacity;
    private long nextNumber = 1;

    InFlightWindow(int capacity) {
        resize(capacity);
    }

    /** The broker may allow fewer messages in flight than configured (its receive maximum). */
    synchronized void resize(int newCapacity) {
        if (newCapacity < 1) {
            throw new IllegalArgumentException("in-flight window must be >= 1, was " + newCapacity);
        }
        capacity = newCapacity;
    }

    synchronized int capacity() {
        return capacity;
    }

    synchronized boolean hasRoom() {
        return batches.size() < capacity;
    }

    /** Batches in flight. */
    synchronized int size() {
        return batches.size();
    }

    /** Events in flight and not yet named by an ack. */
    synchronized int waitingEvents() {
        return byEvent.size();
    }

    /**
     * A batch about to be published, stamped with a time no later than its rows were marked sent; returns
     * its number. The caller asks {@link #hasRoom()} first; one take that the outbox splits by device may
     * open its extra parts past the capacity.
     */
    synchronized long open(List<UUID> eventIds, Instant sentAt) {
        Objects.requireNonNull(sentAt, "sentAt");
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("a batch has at least one event");
        }
        Batch batch = new Batch(nextNumber++, sentAt, new HashSet<>(eventIds));
        batches.put(batch.number, batch);
        for (UUID id : batch.waiting) {
            Batch before = byEvent.put(id, batch);
            if (before != null && before != batch) {
                // Sent again while an older send was still waiting: the new send is the one that counts.
                before.waiting.remove(id);
                if (before.waiting.isEmpty()) {
                    batches.remove(before.number);
                }
            }
        }
        return batch.number;
    }

    /** The gateway acked these events; returns how many batches that completed. Unknown ids are ignored. */
    synchronized int acked(Collection<UUID> eventIds) {
        int completed = 0;
        for (UUID id : eventIds) {
            Batch batch = byEvent.remove(id);
            if (batch != null) {
                batch.waiting.remove(id);
                if (batch.waiting.isEmpty() && batches.remove(batch.number) != null) {
                    completed++;
                }
            }
        }
        return completed;
    }

    /** Drops the batches sent before {@code cutoff} (ack timeout); returns how many. */
    synchronized int expire(Instant cutoff) {
        int dropped = 0;
        Iterator<Batch> it = batches.values().iterator();
        while (it.hasNext()) {
            Batch batch = it.next();
            if (!batch.sentAt.isBefore(cutoff)) {
                break;
            }
            forget(batch);
            it.remove();
            dropped++;
        }
        return dropped;
    }

    /** Drops one batch (the broker refused it); false if it was no longer in flight. */
    synchronized boolean drop(long number) {
        Batch batch = batches.remove(number);
        if (batch == null) {
            return false;
        }
        forget(batch);
        return true;
    }

    /** A new session: nothing is in flight any more. */
    synchronized void clear() {
        batches.clear();
        byEvent.clear();
    }

    private void forget(Batch batch) {
        for (UUID id : batch.waiting) {
            byEvent.remove(id, batch);
        }
        batch.waiting.clear();
    }
}
