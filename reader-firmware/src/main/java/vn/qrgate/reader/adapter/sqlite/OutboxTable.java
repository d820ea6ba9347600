package vn.qrgate.reader.adapter.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.port.OutboxException;

/**
 * The outbox table and its seq counter, in SQL. Not thread-safe and without policy: {@link SqliteOutbox}
 * holds the lock, decides about capacity and turns SQLExceptions into OutboxExceptions. Times are Unix
 * milliseconds.
 */
final class OutboxTable implements AutoCloseable {

    /** The row counts and figures {@code status()} reports. */
    record Counts(long pending, long sent, Optional<Instant> oldestUnacked, long lastSeq) {
    }

    /** What append did: stored a new row, or found the event id already stored ({@code created} false). */
    record Appended(Event event, boolean created) {
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final OutboxStatements sql;

    private OutboxTable(Path file, Connection connection, OutboxStatements sql) {
        this.file = file;
        this.connection = connection;
        this.sql = sql;
    }

    /** Opens (and if new, creates) the database. Throws OutboxException with the file named. */
    static OutboxTable open(Path file) {
        Connection connection = OutboxSchema.open(file);
        try {
            return new OutboxTable(file, connection, new OutboxStatements(connection));
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new OutboxException(SqliteErrors.message(file, "open", e), e);
        }
    }

    /** Runs {@code work} in one write transaction; anything thrown rolls it back. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        sql.begin.executeUpdate();
        try {
            T result = work.run();
            // If COMMIT itself fails the rows may or may not be on disk; the caller treats it as not stored.
            sql.commit.executeUpdate();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                sql.rollback.executeUpdate();
            } catch (SQLException rollbackFailure) {
                // SQLite rolls back by itself on some errors (disk full, I/O); then there is nothing to undo.
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
    }

    /**
     * Runs {@code work} with {@code synchronous=NORMAL}: its commits are written to the WAL but not synced.
     * Only for the delivery bookkeeping (taken, acked, requeued, purged): losing such a change to a power cut
     * only sends an event again, which the gateway de-duplicates by event id (DESIGN §6). The WAL is
     * append-only, so the next synced commit (every append is one) makes these durable too. Saves two
     * fsyncs per batch while draining a backlog.
     */
    <T> T unsynced(Work<T> work) throws SQLException {
        sql.syncNormal.execute();
        try {
            return work.run();
        } finally {
            sql.syncFull.execute();
        }
    }

    /** Inside a transaction: the next seq from the counter, and the row, or the row already stored. */
    Appended append(EventDraft draft, long nowMillis) throws SQLException {
        Optional<Event> stored = find(draft.eventId());
        if (stored.isPresent()) {
            return new Appended(stored.get(), false);
        }
        long seq = lastSeq() + 1;
        Event event = draft.withSeq(seq);
        byte[] json = EventJson.encode(event);
        writeLastSeq(seq);
        sql.insert.setString(1, event.eventId().toString());
        sql.insert.setLong(2, seq);
        sql.insert.setLong(3, nowMillis);
        sql.insert.setBytes(4, json);
        sql.insert.setInt(5, json.length);
        sql.insert.executeUpdate();
        return new Appended(event, true);
    }

    /** The event stored under this id, if any: same event id, same check-in, with its original seq. */
    Optional<Event> find(UUID eventId) throws SQLException {
        sql.findById.setString(1, eventId.toString());
        try (ResultSet rows = sql.findById.executeQuery()) {
            return rows.next() ? Optional.of(decode(rows.getBytes(1), -1)) : Optional.empty();
        }
    }

    /** Inside a transaction: the oldest pending rows within both limits (at least one), marked sent. */
    List<Event> takePending(int maxEvents, int maxBytes, long nowMillis) throws SQLException {
        List<Event> batch = new ArrayList<>();
        takePending(sql.selectPending, maxEvents, maxBytes, nowMillis, (rows, seq) -> batch.add(decode(rows.getBytes(2), seq)));
        return batch;
    }

    /** As {@link #takePending}, the rows as stored: id, seq and JSON, nothing decoded. */
    List<StoredEvent> takePendingStored(int maxEvents, int maxBytes, long nowMillis) throws SQLException {
        List<StoredEvent> batch = new ArrayList<>();
        takePending(sql.selectPendingStored, maxEvents, maxBytes, nowMillis,
                (rows, seq) -> batch.add(new StoredEvent(UUID.fromString(rows.getString(4)), seq, rows.getBytes(2))));
        return batch;
    }

    @FunctionalInterface
    private interface RowSink {
        void take(ResultSet rows, long seq) throws SQLException;
    }

    /** Selects with {@code select} (seq, bytes, size, ...), hands each row taken to {@code sink}, marks them sent. */
    private void takePending(PreparedStatement select, int maxEvents, int maxBytes, long nowMillis, RowSink sink)
            throws SQLException {
        int taken = 0;
        long firstSeq = 0;
        long lastSeq = 0;
        long bytes = 0;
        select.setInt(1, maxEvents);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                int size = rows.getInt(3);
                // At least one, or an event larger than maxBytes would block the queue for good.
                if (taken > 0 && bytes + size > maxBytes) {
                    break;
                }
                sink.take(rows, seq);
                firstSeq = taken == 0 ? seq : firstSeq;
                lastSeq = seq;
                bytes += size;
                taken++;
            }
        }
        if (taken > 0) {
            sql.markSent.setLong(1, nowMillis);
            sql.markSent.setLong(2, firstSeq);
            sql.markSent.setLong(3, lastSeq);
            sql.markSent.executeUpdate();
        }
    }

    /** Inside a transaction. Returns how many rows changed from pending or sent to acked. */
    int acknowledge(Collection<UUID> eventIds) throws SQLException {
        // One JDBC batch: the driver steps the statement for every id in native code.
        for (UUID id : eventIds) {
            sql.acknowledge.setString(1, id.toString());
            sql.acknowledge.addBatch();
        }
        int changed = 0;
        for (int n : sql.acknowledge.executeBatch()) {
            changed += Math.max(0, n);
        }
        return changed;
    }

    int requeueSentBefore(long cutoffMillis) throws SQLException {
        sql.requeue.setLong(1, cutoffMillis);
        return sql.requeue.executeUpdate();
    }

    int purgeAcked() throws SQLException {
        return sql.purgeAcked.executeUpdate();
    }

    int purgeAckedBefore(long cutoffMillis) throws SQLException {
        sql.purgeAckedBefore.setLong(1, cutoffMillis);
        return sql.purgeAckedBefore.executeUpdate();
    }

    long countUnackedBefore(long cutoffMillis) throws SQLException {
        sql.countUnackedBefore.setLong(1, cutoffMillis);
        return singleLong(sql.countUnackedBefore);
    }

    Counts counts() throws SQLException {
        long pending = 0;
        long sent = 0;
        try (ResultSet rows = sql.countByState.executeQuery()) {
            while (rows.next()) {
                switch (rows.getString(1)) {
                    case "pending" -> pending = rows.getLong(2);
                    case "sent" -> sent = rows.getLong(2);
                    default -> { }
                }
            }
        }
        Optional<Instant> oldest;
        try (ResultSet rows = sql.oldestUnacked.executeQuery()) {
            rows.next();
            long millis = rows.getLong(1);
            oldest = rows.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
        }
        return new Counts(pending, sent, oldest, lastSeq());
    }

    /**
     * Moves the counter up to the highest stored seq, if it is behind. Cannot happen while counter and
     * row are written in one transaction; checked because a repeated seq would make the gateway's
     * ordering lie, and the check is one index lookup at boot. Returns the seq it was behind, or 0.
     */
    long repairLastSeq() throws SQLException {
        long counter = lastSeq();
        long highest = singleLong(sql.maxSeq);
        if (highest <= counter) {
            return 0;
        }
        writeLastSeq(highest);
        return counter;
    }

    String pragma(String name) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** SQLite checkpoints the WAL into the database file as the connection closes. */
    @Override
    public void close() throws SQLException {
        sql.close();
        connection.close();
    }

    private long lastSeq() throws SQLException {
        return singleLong(sql.readLastSeq);
    }

    private void writeLastSeq(long seq) throws SQLException {
        sql.writeLastSeq.setLong(1, seq);
        sql.writeLastSeq.executeUpdate();
    }

    private Event decode(byte[] json, long seq) {
        try {
            return EventJson.decodeEvent(json);
        } catch (IllegalArgumentException e) {
            // No cause attached: a codec message may quote the value it choked on.
            throw new OutboxException("outbox " + file + ": the stored event" + (seq > 0 ? " with seq " + seq : "")
                    + " cannot be decoded");
        }
    }

    private static long singleLong(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
