package vn.qrgate.reader.adapter.sqlite;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.OutboxException;

/**
 * The outbox in one SQLite file (WAL, synchronous=FULL): a check-in is committed and synced before
 * {@link #append} returns, so the gate opens only for what a power cut cannot take back. The delivery
 * bookkeeping (take, acknowledge, requeue, purge) commits without its own sync: a power cut can at worst
 * undo such a change, and then an event is sent again, which the gateway de-duplicates.
 *
 * <p>One connection behind this object's monitor. The unacked count is kept in memory so the capacity
 * check costs nothing per scan; the lock file makes this process the file's only writer, and
 * {@link #status()} recounts from the table. Events carry names and ID numbers: nothing here logs or
 * reports an event's content, only counts, sequence numbers and the file's path.
 */
public final class SqliteOutbox implements Outbox {

    private static final Logger log = LoggerFactory.getLogger(SqliteOutbox.class);

    private final OutboxSettings settings;
    private final Path file;
    private final Clock clock;
    private final FreeSpaceProbe freeSpace;
    private final long nearlyFullAt;
    private final OutboxFiles files;
    private final OutboxTable table;

    private final Object checkpointLock = new Object();
    private java.sql.Connection checkpointer;
    private long unacked;
    private boolean refusing;
    private boolean closed;

    public SqliteOutbox(OutboxSettings settings) {
        this(settings, Clock.systemUTC(), FreeSpaceProbe.fileSystemOf(settings.path()));
    }

    /** {@code clock} stamps created_at and sent_at; {@code freeSpace} is asked only past capacity. */
    public SqliteOutbox(OutboxSettings settings, Clock clock, FreeSpaceProbe freeSpace) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.freeSpace = Objects.requireNonNull(freeSpace, "freeSpace");
        this.file = settings.path().toAbsolutePath();
        this.nearlyFullAt = settings.nearlyFullThreshold();
        this.files = OutboxFiles.claim(file);
        try {
            this.table = OutboxTable.open(file);
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
        try {
            synchronized (this) {
                long behind = sql("open", table::repairLastSeq);
                if (behind > 0) {
                    log.warn("outbox {}: the seq counter was behind the stored rows ({}); moved up", file, behind);
                }
                OutboxStatus status = status();
                log.info("outbox {} open: {} pending, {} sent, last seq {}", file, status.pending(), status.sent(),
                        status.lastSeq());
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Copies the WAL back into the database on a connection of its own, so scans (on the main
     * connection) go on meanwhile. PASSIVE: never waits for a writer. Returns the frames copied.
     */
    public int checkpoint() {
        synchronized (checkpointLock) {
            synchronized (this) {
                ensureOpen("checkpoint");
            }
            try {
                if (checkpointer == null) {
                    checkpointer = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                    try (java.sql.Statement s = checkpointer.createStatement()) {
                        s.execute("PRAGMA busy_timeout = 1000");
                    }
                }
                try (java.sql.Statement s = checkpointer.createStatement();
                     java.sql.ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    return r.next() ? Math.max(0, r.getInt(3)) : 0;
                }
            } catch (java.sql.SQLException e) {
                throw new OutboxException(SqliteErrors.message(file, "checkpoint", e), e);
            }
        }
    }

    @Override
    public synchronized AppendResult append(EventDraft draft) {
        Objects.requireNonNull(draft, "draft");
        ensureOpen("append");
        if (unacked >= settings.capacity()) {
            Optional<String> refusal = refusalPastCapacity();
            if (refusal.isPresent()) {
                // A retry of a scan that is already stored must not turn into a red light.
                Optional<Event> stored = sql("append", () -> table.find(draft.eventId()));
                return stored.<AppendResult>map(AppendResult.Stored::new).orElseGet(() -> refuse(refusal.get()));
            }
        }
        OutboxTable.Appended appended = sql("append", () -> table.inTransaction(() -> table.append(draft, clock.millis())));
        if (appended.created()) {
            unacked++;
            if (refusing) {
                refusing = false;
                log.info("outbox {}: accepting scans again ({} unacked)", file, unacked);
            }
        }
        return new AppendResult.Stored(appended.event());
    }

    @Override
    public synchronized List<Event> takeBatch(int maxEvents, int maxBytes) {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxEvents and maxBytes must be >= 1, were " + maxEvents + ", " + maxBytes);
        }
        ensureOpen("takeBatch");
        return sql("takeBatch", () -> table.unsynced(() -> table.inTransaction(
                () -> table.takePending(maxEvents, maxBytes, clock.millis()))));
    }

    @Override
    public synchronized List<StoredEvent> takeStoredBatch(int maxEvents, int maxBytes) {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxEvents and maxBytes must be >= 1, were " + maxEvents + ", " + maxBytes);
        }
        ensureOpen("takeStoredBatch");
        return sql("takeStoredBatch", () -> table.unsynced(() -> table.inTransaction(
                () -> table.takePendingStored(maxEvents, maxBytes, clock.millis()))));
    }

    @Override
    public synchronized int acknowledge(Collection<UUID> eventIds) {
        Objects.requireNonNull(eventIds, "eventIds");
        ensureOpen("acknowledge");
        if (eventIds.isEmpty()) {
            return 0;
        }
        int changed = sql("acknowledge", () -> table.unsynced(() -> table.inTransaction(() -> table.acknowledge(eventIds))));
        unacked -= changed;
        return changed;
    }

    @Override
    public synchronized int requeueSentBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        ensureOpen("requeueSentBefore");
        return sql("requeueSentBefore", () -> table.unsynced(() -> table.requeueSentBefore(epochMillis(cutoff))));
    }

    @Override
    public synchronized int purgeAcked() {
        ensureOpen("purgeAcked");
        return sql("purgeAcked", () -> table.unsynced(table::purgeAcked));
    }

    /**
     * Deletes acked rows stored before {@code now} minus the retention period (DESIGN §7). Unacked rows
     * that old stay, since nothing accepted is ever dropped; only their number is logged.
     */
    public synchronized int purgeOlderThanRetention(Instant now) {
        Objects.requireNonNull(now, "now");
        ensureOpen("purgeOlderThanRetention");
        long cutoff = retentionCutoff(now);
        int deleted = sql("purgeOlderThanRetention", () -> table.purgeAckedBefore(cutoff));
        long stale = sql("purgeOlderThanRetention", () -> table.countUnackedBefore(cutoff));
        if (stale > 0) {
            log.warn("outbox {}: {} unacked check-ins are older than the retention period {}; kept until the"
                    + " gateway acks them", file, stale, settings.retention());
        }
        return deleted;
    }

    @Override
    public synchronized OutboxStatus status() {
        ensureOpen("status");
        OutboxTable.Counts counts = sql("status", table::counts);
        unacked = counts.pending() + counts.sent();
        return new OutboxStatus(counts.pending(), counts.sent(), settings.capacity(), counts.oldestUnacked(),
                counts.lastSeq(), unacked >= nearlyFullAt, unacked >= settings.capacity());
    }

    public OutboxSettings settings() {
        return settings;
    }

    /** Closing twice is harmless. */
    @Override
    public void close() {
        // Lock order as in checkpoint(): checkpointLock, then this.
        synchronized (checkpointLock) {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            if (checkpointer != null) {
                try {
                    checkpointer.close();
                } catch (SQLException e) {
                    log.warn("outbox {}: closing the checkpoint connection failed: {}", file, e.toString());
                }
                checkpointer = null;
            }
        }
        synchronized (this) {
            try {
                table.close();
                log.info("outbox {} closed", file);
            } catch (SQLException e) {
                // Every commit is already on disk; at worst the WAL is checkpointed at the next open.
                log.warn("outbox {}: closing the database failed: {}", file, e.toString());
            } finally {
                files.close();
            }
        }
    }

    /** A pragma's value, for tests that check the connection's settings. */
    synchronized String pragma(String name) {
        ensureOpen("pragma");
        return sql("pragma " + name, () -> table.pragma(name));
    }

    private Optional<String> refusalPastCapacity() {
        if (settings.fullPolicy() == FullPolicy.REFUSE_NEW_SCANS) {
            return Optional.of("outbox full: " + unacked + " of " + settings.capacity() + " rows unacked");
        }
        try {
            long free = freeSpace.usableBytes();
            if (free < settings.diskFloorBytes()) {
                return Optional.of("outbox full and disk at its floor: " + free + " bytes free, floor "
                        + settings.diskFloorBytes() + "; " + unacked + " of " + settings.capacity() + " rows unacked");
            }
            return Optional.empty();
        } catch (IOException e) {
            // Past capacity and blind to the disk: refusing keeps the file system from filling up.
            log.warn("outbox {}: cannot read free disk space: {}", file, e.toString());
            return Optional.of("outbox full and free disk space unknown; " + unacked + " of " + settings.capacity()
                    + " rows unacked");
        }
    }

    private AppendResult refuse(String why) {
        if (!refusing) {
            refusing = true;
            log.warn("outbox {}: refusing new scans: {}", file, why);
        }
        return new AppendResult.Refused(why);
    }

    private long retentionCutoff(Instant now) {
        try {
            return epochMillis(now.minus(settings.retention()));
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    // Instant.MAX and MIN are natural "everything" and "nothing" cut-offs, but overflow epoch millis.
    private static long epochMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    private <T> T sql(String operation, OutboxTable.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new OutboxException(SqliteErrors.message(file, operation, e), e);
        }
    }

    private void ensureOpen(String operation) {
        if (closed) {
            throw new OutboxException("outbox " + file + ": " + operation + " failed: the outbox is closed");
        }
    }
}
