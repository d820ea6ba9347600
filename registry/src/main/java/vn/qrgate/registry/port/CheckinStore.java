package vn.qrgate.registry.port;

import java.time.Instant;
import java.util.List;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoreResult;
import vn.qrgate.registry.domain.StoredCheckin;

/**
 * Where check-ins are kept. Every method may throw {@link StoreBusyException} when the store cannot
 * take the work now (the caller should try again later) and {@link StoreFailureException} otherwise.
 */
public interface CheckinStore extends AutoCloseable {

    /**
     * Stores each event whose eventId is not there yet, all in one transaction: either the whole
     * batch is recorded or nothing is. An id seen twice in one batch is stored once.
     */
    StoreResult insertIfAbsent(List<Event> events, String gateway, Instant receivedAt);

    /** Newest first by scan time, then by seq. */
    List<StoredCheckin> newestFirst(CheckinQuery query);

    /** Deletes check-ins scanned before {@code cutoff}; returns how many. */
    int deleteScannedBefore(Instant cutoff);

    /** Returns normally when the store answers a trivial query. */
    void ping();

    /** A short description for logs, e.g. {@code sqlite /var/lib/qrgate/registry.db}; no password. */
    String describe();

    @Override
    void close();
}
