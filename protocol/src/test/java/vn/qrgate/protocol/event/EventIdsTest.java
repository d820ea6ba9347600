package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    private static final Instant T0 = Instant.parse("2026-11-29T05:00:00.123Z");

    @Test
    void ids_are_version_7_with_the_rfc_variant() {
        UUID id = new EventIds(Clock.fixed(T0, ZoneOffset.UTC)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(EventIds.isV7(id)).isTrue();
    }

    @Test
    void the_timestamp_of_an_id_is_the_clock_to_the_millisecond() {
        Instant withMicros = T0.plusNanos(456_789);
        UUID id = new EventIds(Clock.fixed(withMicros, ZoneOffset.UTC)).next();

        assertThat(EventIds.timestampOf(id)).isEqualTo(T0);
    }

    @Test
    void ten_thousand_ids_from_a_fixed_clock_are_strictly_increasing() {
        EventIds ids = new EventIds(Clock.fixed(T0, ZoneOffset.UTC));
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        for (int i = 1; i < made.size(); i++) {
            UUID before = made.get(i - 1);
            UUID after = made.get(i);
            // Both orders matter: databases sort the text or the bytes, Java code compares UUIDs.
            assertThat(after.toString()).isGreaterThan(before.toString());
            assertThat(after).isGreaterThan(before);
            assertThat(EventIds.isV7(after)).isTrue();
        }
        assertThat(EventIds.timestampOf(made.get(0))).isEqualTo(T0);
    }

    @Test
    void a_burst_runs_the_timestamp_only_a_few_milliseconds_ahead_of_the_clock() {
        EventIds ids = new EventIds(Clock.fixed(T0, ZoneOffset.UTC));
        UUID last = null;
        for (int i = 0; i < 10_000; i++) {
            last = ids.next();
        }

        // At least 2048 ids fit in each millisecond.
        assertThat(EventIds.timestampOf(last)).isBetween(T0, T0.plusMillis(10_000 / 2048 + 1));
    }

    @Test
    void ids_keep_increasing_when_the_clock_steps_back() {
        MutableClock clock = new MutableClock(T0);
        EventIds ids = new EventIds(clock);
        UUID beforeStep = ids.next();

        clock.now = T0.minus(Duration.ofHours(2));
        UUID afterStep = ids.next();

        assertThat(afterStep.toString()).isGreaterThan(beforeStep.toString());
        assertThat(EventIds.timestampOf(afterStep)).isEqualTo(T0);
    }

    @Test
    void ids_follow_the_clock_again_once_it_moves_past_the_last_id() {
        MutableClock clock = new MutableClock(T0);
        EventIds ids = new EventIds(clock);
        ids.next();

        clock.now = T0.plusSeconds(1);
        UUID later = ids.next();

        assertThat(EventIds.timestampOf(later)).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void ids_made_from_several_threads_are_all_different() throws Exception {
        EventIds ids = new EventIds(Clock.systemUTC());
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_500; i++) {
                        seen.add(ids.next());
                    }
                }));
            }
            for (Future<?> job : jobs) {
                job.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void two_generators_in_the_same_millisecond_do_not_collide() {
        Clock fixed = Clock.fixed(T0, ZoneOffset.UTC);
        EventIds a = new EventIds(fixed);
        EventIds b = new EventIds(fixed);
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seen.add(a.next());
            seen.add(b.next());
        }
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void other_uuid_versions_are_not_v7() {
        assertThat(EventIds.isV7(UUID.randomUUID())).isFalse();
        assertThat(EventIds.isV7(UUID.nameUUIDFromBytes(new byte[] {1}))).isFalse();
        // Version nibble 7 but the wrong (Microsoft) variant.
        assertThat(EventIds.isV7(UUID.fromString("01a225ac-a080-7123-c456-0123456789ab"))).isFalse();
        assertThat(EventIds.isV7(null)).isFalse();
    }

    @Test
    void the_timestamp_of_a_non_v7_id_is_refused() {
        assertThatThrownBy(() -> EventIds.timestampOf(UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 7");
    }

    @Test
    void a_clock_before_1970_is_refused() {
        EventIds ids = new EventIds(Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC));

        assertThatThrownBy(ids::next).isInstanceOf(IllegalStateException.class);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
