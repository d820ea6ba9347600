package vn.qrgate.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.service.testing.NotifySocketListener;

class WatchdogTest {

    private static final long PID = 4242;

    @TempDir
    Path dir;

    @Test
    void theIntervalIsWatchdogUsecWhenNoPidOrOurPidIsGiven() {
        assertThat(Watchdog.interval(Map.of("WATCHDOG_USEC", "2000000"), PID)).contains(Duration.ofSeconds(2));
        assertThat(Watchdog.interval(Map.of("WATCHDOG_USEC", "2000000", "WATCHDOG_PID", "4242"), PID))
                .contains(Duration.ofSeconds(2));
    }

    @Test
    void thereIsNoWatchdogForAnotherPidOrWithoutOrWithABadInterval() {
        assertThat(Watchdog.interval(Map.of("WATCHDOG_USEC", "2000000", "WATCHDOG_PID", "1"), PID)).isEmpty();
        assertThat(Watchdog.interval(Map.of(), PID)).isEmpty();
        assertThat(Watchdog.interval(Map.of("WATCHDOG_USEC", "0"), PID)).isEmpty();
        assertThat(Watchdog.interval(Map.of("WATCHDOG_USEC", "2s"), PID)).isEmpty();
    }

    @Test
    void whileHealthyItPingsEveryHalfInterval() throws Exception {
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir);
             Watchdog watchdog = Watchdog.start(notifier(supervisor), Map.of("WATCHDOG_USEC", "200000"), PID,
                     Health::ok, "running")) {
            assertThat(watchdog.running()).isTrue();
            long started = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                assertThat(supervisor.await("WATCHDOG=1", Duration.ofSeconds(2))).isPresent();
            }
            // Four pings, the first at once, then every 100 ms: well inside the 200 ms interval each.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aFailingCheckStopsThePingsAndSaysWhyOnce() throws Exception {
        AtomicReference<Health> health = new AtomicReference<>(Health.ok());
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir);
             Watchdog watchdog = Watchdog.start(notifier(supervisor), Map.of("WATCHDOG_USEC", "200000"), PID,
                     health::get, "running")) {
            assertThat(supervisor.await("WATCHDOG=1", Duration.ofSeconds(2))).isPresent();

            health.set(Health.failing("outbox unreadable"));
            assertThat(supervisor.await("STATUS=unhealthy: outbox unreadable", Duration.ofSeconds(2))).isPresent();

            // Five intervals with no ping and no second status.
            Optional<String> next = supervisor.next(Duration.ofSeconds(1));
            assertThat(next).isEmpty();

            health.set(Health.ok());
            assertThat(supervisor.await("STATUS=running", Duration.ofSeconds(2))).isPresent();
            assertThat(supervisor.await("WATCHDOG=1", Duration.ofSeconds(2))).isPresent();
        }
    }

    @Test
    void aCheckThatThrowsCountsAsFailing() {
        Watchdog watchdog = new Watchdog(SystemdNotifier.fromEnvironment(Map.of()), Duration.ofSeconds(1),
                () -> {
                    throw new IllegalStateException("boom");
                }, "running");

        assertThat(watchdog.tick()).isFalse();
    }

    @Test
    void withoutNotifySocketOrIntervalNoThreadRuns() throws Exception {
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir);
             Watchdog noInterval = Watchdog.start(notifier(supervisor), Map.of(), PID, Health::ok, "running");
             Watchdog noSocket = Watchdog.start(SystemdNotifier.fromEnvironment(Map.of()),
                     Map.of("WATCHDOG_USEC", "200000"), PID, Health::ok, "running")) {
            assertThat(noInterval.running()).isFalse();
            assertThat(noSocket.running()).isFalse();
            assertThat(supervisor.next(Duration.ofMillis(300))).isEmpty();
        }
    }

    private static SystemdNotifier notifier(NotifySocketListener supervisor) {
        return SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", supervisor.name()));
    }
}
