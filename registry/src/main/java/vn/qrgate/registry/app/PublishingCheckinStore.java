package vn.qrgate.registry.app;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoreResult;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.port.CheckinFeed;
import vn.qrgate.registry.port.CheckinStore;

/**
 * A check-in store that tells the live feed what it newly stored, once the transaction has committed:
 * a batch that fails publishes nothing, and a duplicate (already stored) is not published again.
 */
public final class PublishingCheckinStore implements CheckinStore {

    private final CheckinStore store;
    private final CheckinFeed feed;

    public PublishingCheckinStore(CheckinStore store, CheckinFeed feed) {
        this.store = Objects.requireNonNull(store, "store");
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    @Override
    public StoreResult insertIfAbsent(List<Event> events, String gateway, Instant receivedAt) {
        StoreResult result = store.insertIfAbsent(events, gateway, receivedAt);
        if (!result.inserted().isEmpty()) {
            Set<UUID> inserted = new HashSet<>(result.inserted());
            // An id twice in one batch is stored once, so it is published once: remove as we go.
            List<StoredCheckin> fresh = events.stream()
                    .filter(e -> inserted.remove(e.eventId()))
                    .map(e -> new StoredCheckin(e, gateway, receivedAt))
                    .collect(Collectors.toList());
            feed.publish(fresh);
        }
        return result;
    }

    @Override
    public List<StoredCheckin> newestFirst(CheckinQuery query) {
        return store.newestFirst(query);
    }

    @Override
    public int deleteScannedBefore(Instant cutoff) {
        return store.deleteScannedBefore(cutoff);
    }

    @Override
    public void ping() {
        store.ping();
    }

    @Override
    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        store.close();
    }
}
