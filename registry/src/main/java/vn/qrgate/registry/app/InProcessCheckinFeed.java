package vn.qrgate.registry.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.port.CheckinFeed;

/**
 * The feed within one registry process (DESIGN §8: a second instance would need a shared one). Each
 * subscriber has a bounded queue; publishing only offers, so a browser on a slow line costs ingest
 * nothing: when its queue is full it is dropped and its stream ends.
 */
public final class InProcessCheckinFeed implements CheckinFeed, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessCheckinFeed.class);

    private final int capacity;
    private final Map<String, Set<Queued>> byVenue = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public InProcessCheckinFeed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.capacity = capacity;
    }

    @Override
    public void publish(List<StoredCheckin> checkins) {
        for (StoredCheckin checkin : checkins) {
            Set<Queued> subscribers = byVenue.get(checkin.event().venue());
            if (subscribers == null) {
                continue;
            }
            for (Queued subscriber : subscribers) {
                if (!subscriber.queue.offer(new Arrived(checkin))) {
                    // Venue ids are configuration, not personal data.
                    LOG.info("live subscriber of venue {} dropped: {} check-ins waiting, it reads too slowly",
                            checkin.event().venue(), capacity);
                    subscriber.end("dropped: the client read too slowly");
                }
            }
        }
    }

    @Override
    public Subscription subscribe(String venue) {
        Queued subscriber = new Queued(venue);
        byVenue.computeIfAbsent(venue, v -> ConcurrentHashMap.newKeySet()).add(subscriber);
        if (closed) {
            subscriber.end("the registry is stopping");
        }
        return subscriber;
    }

    /** How many subscriptions of {@code venue} are open: for tests and metrics. */
    public int subscribers(String venue) {
        Set<Queued> subscribers = byVenue.get(venue);
        return subscribers == null ? 0 : subscribers.size();
    }

    /** Ends every subscription; later ones end at once. */
    @Override
    public void close() {
        closed = true;
        byVenue.values().forEach(set -> set.forEach(s -> s.end("the registry is stopping")));
    }

    private final class Queued implements Subscription {

        private final String venue;
        // One extra slot so the end marker always fits, even into a full queue.
        private final BlockingQueue<Next> queue = new ArrayBlockingQueue<>(capacity + 1);
        private volatile Ended ended;

        Queued(String venue) {
            this.venue = venue;
        }

        @Override
        public Next next(Duration timeout) throws InterruptedException {
            if (ended != null && queue.isEmpty()) {
                return ended;
            }
            Next next = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (next == null) {
                return ended != null ? ended : new Quiet();
            }
            return next;
        }

        @Override
        public void close() {
            end("closed");
        }

        synchronized void end(String why) {
            if (ended != null) {
                return;
            }
            ended = new Ended(why);
            Set<Queued> subscribers = byVenue.get(venue);
            if (subscribers != null) {
                subscribers.remove(this);
            }
            // A dropped subscriber gets no more of its backlog: the end marker goes first.
            queue.clear();
            queue.offer(ended);
        }
    }
}
