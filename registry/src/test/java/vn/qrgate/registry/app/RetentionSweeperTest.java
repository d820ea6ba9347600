package vn.qrgate.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.adapter.jdbc.JdbcCheckinStore;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

class RetentionSweeperTest {

    @TempDir
    Path dir;

    private final TestEvents gate = new TestEvents("gate-01");

    @Test
    void aSweepDeletesCheckinsScannedLongerAgoThanTheRetentionPeriod() {
        Instant now = TestEvents.AT.toInstant();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JdbcCheckinStore store = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("r.db")))) {
            Event old = gate.person(TestEvents.VENUE, TestEvents.AT.minusDays(31));
            Event recent = gate.person(TestEvents.VENUE, TestEvents.AT.minusDays(29));
            store.insertIfAbsent(List.of(old, recent), "gw-1", now);
            RetentionSweeper sweeper = new RetentionSweeper(store, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC), meters);

            assertThat(sweeper.sweep()).isEqualTo(1);
            assertThat(sweeper.sweep()).isZero();

            assertThat(store.newestFirst(new CheckinQuery(TestEvents.VENUE, Optional.empty(), 10)))
                    .extracting(c -> c.event().eventId()).containsExactly(recent.eventId());
            assertThat(meters.get("qrgate.registry.retention.deleted").counter().count()).isEqualTo(1.0);
        }
    }

    @Test
    void aFailedSweepIsLoggedAndTriedAgainLaterRatherThanThrown() {
        JdbcCheckinStore store = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("r.db")));
        store.close();
        RetentionSweeper sweeper = new RetentionSweeper(store, Duration.ofDays(30), Clock.systemUTC(), new SimpleMeterRegistry());

        assertThat(sweeper.sweep()).isZero();
    }

    @Test
    void theServerSweepsWhenItStartsWithTheClockItIsGiven() {
        try (TestRegistry registry = TestRegistry.start(TestRegistry.config(dir))) {
            registry.post(Tokens.GATEWAY, List.of(gate.person(TestEvents.VENUE, TestEvents.AT),
                    gate.person(TestEvents.VENUE, TestEvents.AT.plusDays(5))));
        }
        Clock thirtyOneDaysOn = Clock.fixed(TestEvents.AT.toInstant().plus(Duration.ofDays(31)), ZoneOffset.UTC);

        try (TestRegistry later = TestRegistry.start(TestRegistry.config(dir), thirtyOneDaysOn)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(later.checkins(TestEvents.VENUE, Tokens.ADMIN, "").body())
                            .contains("\"seq\":2").doesNotContain("\"seq\":1,"));
        }
    }
}
