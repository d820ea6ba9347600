package vn.qrgate.registry.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.adapter.jdbc.JdbcCheckinStore;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.port.StatsRetention;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

class RetentionSweeperTest {

    @TempDir
    Path dir;

    private static final StatsRetention NO_STATS = day -> 0;

    private final TestEvents gate = new TestEvents("gate-01");

    @Test
    void the_sketches_of_local_days_before_the_cutoffs_are_made_dense_even_when_deleting_fails() {
        // 30 days before 18:00 UTC on 20 Dec is 01:00 on 21 Nov in Vietnam: 21 Nov is the first day kept.
        Instant now = Instant.parse("2026-12-20T18:00:00Z");
        List<LocalDate> asked = new ArrayList<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        JdbcCheckinStore closed = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("r.db")));
        closed.close();
        RetentionSweeper sweeper = new RetentionSweeper(closed, day -> {
            asked.add(day);
            return 3;
        }, Duration.ofDays(30), Clock.fixed(now, ZoneOffset.UTC), meters);

        assertThat(sweeper.sweep()).isZero();

        assertThat(asked).containsExactly(LocalDate.of(2026, 11, 21));
        assertThat(meters.get("qrgate.registry.retention.sketches.densified").counter().count()).isEqualTo(3.0);
    }

    @Test
    void a_failure_to_densify_is_logged_and_the_checkins_are_still_deleted() {
        try (JdbcCheckinStore store = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("r.db")))) {
            store.insertIfAbsent(List.of(gate.person(TestEvents.VENUE, TestEvents.AT.minusDays(31))), "gw-1",
                    TestEvents.AT.toInstant());
            RetentionSweeper sweeper = new RetentionSweeper(store, day -> {
                throw new StoreFailureException("the store is gone", null);
            }, Duration.ofDays(30), Clock.fixed(TestEvents.AT.toInstant(), ZoneOffset.UTC), new SimpleMeterRegistry());

            assertThat(sweeper.sweep()).isEqualTo(1);
        }
    }

    @Test
    void aSweepDeletesCheckinsScannedLongerAgoThanTheRetentionPeriod() {
        Instant now = TestEvents.AT.toInstant();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (JdbcCheckinStore store = JdbcCheckinStore.open(StoreConfig.Sqlite.at(dir.resolve("r.db")))) {
            Event old = gate.person(TestEvents.VENUE, TestEvents.AT.minusDays(31));
            Event recent = gate.person(TestEvents.VENUE, TestEvents.AT.minusDays(29));
            store.insertIfAbsent(List.of(old, recent), "gw-1", now);
            RetentionSweeper sweeper = new RetentionSweeper(store, NO_STATS, Duration.ofDays(30),
                    Clock.fixed(now, ZoneOffset.UTC), meters);

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
        RetentionSweeper sweeper = new RetentionSweeper(store, NO_STATS, Duration.ofDays(30), Clock.systemUTC(),
                new SimpleMeterRegistry());

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
