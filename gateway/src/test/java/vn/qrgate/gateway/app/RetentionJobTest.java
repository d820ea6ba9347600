package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.Event;

class RetentionJobTest {

    @TempDir
    Path dir;

    @Test
    void checkinsOlderThanTheRetentionAreDeletedAsTheClockSays() {
        Instant now = Instant.parse("2026-11-29T05:00:00Z");
        TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JdbcStore store = JdbcStore.sqlite(dir.resolve("gateway.db"))) {
            List<Event> old = kiosk.next(3);
            List<Event> recent = kiosk.next(2);
            store.insertIfAbsent(old, now.minus(Duration.ofDays(31)));
            store.insertIfAbsent(recent, now.minus(Duration.ofDays(29)));
            store.delete(List.of(old.get(0).eventId()));
            store.deadLetter(List.of(new DeadLetter(old.get(1).eventId(), kiosk.device(), "X",
                    now.minus(Duration.ofDays(31)))));

            new RetentionJob(store, Duration.ofDays(30), new GatewayMetrics(meters), Clock.fixed(now, ZoneOffset.UTC))
                    .run();

            assertThat(store.contains(old.get(0).eventId())).isFalse();
            assertThat(store.contains(old.get(2).eventId())).isFalse();
            assertThat(store.deadLetters(10)).isEmpty();
            assertThat(store.backlog()).isEqualTo(2);
            assertThat(store.contains(recent.get(0).eventId())).isTrue();
            assertThat(meters.get("qrgate.gateway.expired.events").counter().count()).isEqualTo(1);
        }
    }

    @Test
    void aStoreThatFailsDoesNotStopTheJob() {
        JdbcStore store = JdbcStore.sqlite(dir.resolve("gateway.db"));
        store.close();

        new RetentionJob(store, Duration.ofDays(30), new GatewayMetrics(new SimpleMeterRegistry()), Clock.systemUTC())
                .run();
    }
}
