package vn.qrgate.registry.port;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import vn.qrgate.registry.domain.StoredCheckin;

/**
 * Newly stored check-ins handed to whoever watches their venue, inside this process. Publishing never
 * waits for a subscriber: one that has fallen too far behind is dropped instead (and told so).
 */
public interface CheckinFeed {

    /** Hands each check-in to the current subscribers of its venue; returns at once. */
    void publish(List<StoredCheckin> checkins);

    /** Check-ins of {@code venue} published from now on, until the subscription is closed or dropped. */
    Subscription subscribe(String venue);

    interface Subscription extends AutoCloseable {

        /** The next check-in, waiting at most {@code timeout}. */
        Next next(Duration timeout) throws InterruptedException;

        /** Stops the subscription; a waiting {@link #next} returns {@link Ended}. Safe to call twice. */
        @Override
        void close();
    }

    sealed interface Next permits Arrived, Quiet, Ended {
    }

    record Arrived(StoredCheckin checkin) implements Next {
        public Arrived {
            Objects.requireNonNull(checkin, "checkin");
        }
    }

    /** Nothing within the timeout. */
    record Quiet() implements Next {
    }

    /** No more will come: closed, dropped for being slow, or the feed shut down. {@code why} is for logs. */
    record Ended(String why) implements Next {
    }
}
