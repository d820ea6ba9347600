package vn.qrgate.registry.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.port.CheckinFeed;
import vn.qrgate.registry.testing.TestEvents;

class InProcessCheckinFeedTest {

    private static final Duration SHORT = Duration.ofMillis(50);

    private final TestEvents gate = new TestEvents("gate-01");
    private final InProcessCheckinFeed feed = new InProcessCheckinFeed(4);

    private StoredCheckin at(String venue) {
        return new StoredCheckin(gate.person(venue, TestEvents.AT), "gw-1", Instant.now());
    }

    @Test
    void a_subscriber_gets_its_venues_checkins_in_order_and_no_others() throws Exception {
        CheckinFeed.Subscription sub = feed.subscribe(TestEvents.VENUE);
        StoredCheckin first = at(TestEvents.VENUE);
        StoredCheckin second = at(TestEvents.VENUE);

        feed.publish(List.of(first, at(TestEvents.OTHER_VENUE), second));

        assertThat(sub.next(SHORT)).isEqualTo(new CheckinFeed.Arrived(first));
        assertThat(sub.next(SHORT)).isEqualTo(new CheckinFeed.Arrived(second));
        assertThat(sub.next(SHORT)).isInstanceOf(CheckinFeed.Quiet.class);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void a_subscriber_that_does_not_read_is_dropped_and_publishing_never_waits_for_it() throws Exception {
        CheckinFeed.Subscription slow = feed.subscribe(TestEvents.VENUE);
        CheckinFeed.Subscription reader = feed.subscribe(TestEvents.VENUE);

        for (int i = 0; i < 10; i++) {
            StoredCheckin checkin = at(TestEvents.VENUE);
            assertThatCode(() -> feed.publish(List.of(checkin))).doesNotThrowAnyException();
            assertThat(reader.next(SHORT)).isEqualTo(new CheckinFeed.Arrived(checkin));
        }

        assertThat(slow.next(SHORT)).isInstanceOf(CheckinFeed.Ended.class);
        assertThat(feed.subscribers(TestEvents.VENUE)).isEqualTo(1);
    }

    @Test
    void a_closed_subscription_ends_and_is_forgotten() throws Exception {
        CheckinFeed.Subscription sub = feed.subscribe(TestEvents.VENUE);
        sub.close();
        feed.publish(List.of(at(TestEvents.VENUE)));

        assertThat(sub.next(SHORT)).isInstanceOf(CheckinFeed.Ended.class);
        assertThat(feed.subscribers(TestEvents.VENUE)).isZero();
    }

    @Test
    void closing_the_feed_ends_a_waiting_subscriber_at_once() throws Exception {
        CheckinFeed.Subscription sub = feed.subscribe(TestEvents.VENUE);
        Thread closer = new Thread(() -> {
            sleep(100);
            feed.close();
        });
        closer.start();
        long start = System.nanoTime();

        assertThat(sub.next(Duration.ofSeconds(10))).isInstanceOf(CheckinFeed.Ended.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        closer.join();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
