package vn.qrgate.reader.adapter.sqlite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.OutboxException;

/**
 * The outbox as plainly as it can be written: the model the SQLite store is compared with, and a
 * second store for the contract test, which shows the contract says nothing SQLite-specific.
 * "Reopening" means a new instance on the same {@link Memory}.
 */
final class InMemoryOutbox implements Outbox {

    /** What survives a close: the rows and the counter. */
    static final class Memory {
        private final TreeMap<Long, Row> rows = new TreeMap<>();
        private final Map<UUID, Long> seqById = new HashMap<>();
        private long lastSeq;
    }

    private static final class Row {
        final Event event;
        final int size;
        final long createdAt;
        String state = "pending";
        long sentAt;

        Row(Event event, long createdAt) {
            this.event = event;
            this.size = EventJson.encode(event).length;
            this.createdAt = createdAt;
        }
    }

    private final Memory memory;
    private final long capacity;
    private final FullPolicy policy;
    private final long diskFloorBytes;
    private final long nearlyFullAt;
    private final Clock clock;
    private final LongSupplier freeBytes;
    private boolean closed;

    InMemoryOutbox(Memory memory, long capacity, FullPolicy policy, long diskFloorBytes, double nearlyFullFraction,
                   Clock clock, LongSupplier freeBytes) {
        this.memory = memory;
        this.capacity = capacity;
        this.policy = policy;
        this.diskFloorBytes = diskFloorBytes;
        this.nearlyFullAt = BigDecimal.valueOf(nearlyFullFraction).multiply(BigDecimal.valueOf(capacity))
                .setScale(0, RoundingMode.CEILING).longValueExact();
        this.clock = clock;
        this.freeBytes = freeBytes;
    }

    @Override
    public synchronized AppendResult append(EventDraft draft) {
        open();
        Long existing = memory.seqById.get(draft.eventId());
        if (existing != null && memory.rows.containsKey(existing)) {
            return new AppendResult.Stored(memory.rows.get(existing).event);
        }
        long unacked = unacked();
        if (unacked >= capacity && policy == FullPolicy.REFUSE_NEW_SCANS) {
            return new AppendResult.Refused("outbox full: " + unacked + " of " + capacity + " rows unacked");
        }
        if (unacked >= capacity && freeBytes.getAsLong() < diskFloorBytes) {
            return new AppendResult.Refused("outbox full and disk at its floor; " + unacked + " of " + capacity
                    + " rows unacked");
        }
        Event event = draft.withSeq(memory.lastSeq + 1);
        memory.lastSeq = event.seq();
        memory.rows.put(event.seq(), new Row(event, clock.millis()));
        memory.seqById.put(event.eventId(), event.seq());
        return new AppendResult.Stored(event);
    }

    @Override
    public synchronized List<Event> takeBatch(int maxEvents, int maxBytes) {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxEvents and maxBytes must be >= 1");
        }
        open();
        List<Event> batch = new ArrayList<>();
        long bytes = 0;
        for (Row row : memory.rows.values()) {
            if (!row.state.equals("pending")) {
                continue;
            }
            if (batch.size() == maxEvents || (!batch.isEmpty() && bytes + row.size > maxBytes)) {
                break;
            }
            row.state = "sent";
            row.sentAt = clock.millis();
            batch.add(row.event);
            bytes += row.size;
        }
        return batch;
    }

    @Override
    public synchronized int acknowledge(Collection<UUID> eventIds) {
        open();
        int changed = 0;
        for (UUID id : eventIds) {
            Row row = memory.rows.get(memory.seqById.getOrDefault(id, -1L));
            if (row != null && !row.state.equals("acked")) {
                row.state = "acked";
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int requeueSentBefore(Instant cutoff) {
        open();
        int changed = 0;
        for (Row row : memory.rows.values()) {
            if (row.state.equals("sent") && Instant.ofEpochMilli(row.sentAt).isBefore(cutoff)) {
                row.state = "pending";
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized int purgeAcked() {
        open();
        int before = memory.rows.size();
        memory.rows.values().removeIf(row -> row.state.equals("acked"));
        return before - memory.rows.size();
    }

    @Override
    public synchronized OutboxStatus status() {
        open();
        long pending = memory.rows.values().stream().filter(row -> row.state.equals("pending")).count();
        long sent = memory.rows.values().stream().filter(row -> row.state.equals("sent")).count();
        Optional<Instant> oldest = memory.rows.values().stream().filter(row -> !row.state.equals("acked"))
                .map(row -> Instant.ofEpochMilli(row.createdAt)).min(Instant::compareTo);
        return new OutboxStatus(pending, sent, capacity, oldest, memory.lastSeq, pending + sent >= nearlyFullAt,
                pending + sent >= capacity);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    private long unacked() {
        return memory.rows.values().stream().filter(row -> !row.state.equals("acked")).count();
    }

    private void open() {
        if (closed) {
            throw new OutboxException("in-memory outbox: closed");
        }
    }
}
