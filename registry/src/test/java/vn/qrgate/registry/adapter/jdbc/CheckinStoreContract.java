package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoreResult;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.testing.TestEvents;

/** What every check-in store must do (DESIGN §5, §6, §7); run against SQLite and PostgreSQL. */
abstract class CheckinStoreContract {

    private static final Instant RECEIVED = Instant.parse("2026-11-29T05:00:01.250Z");
    private static final OffsetDateTime T0 = TestEvents.AT;

    protected CheckinStore store;
    private final TestEvents gate = new TestEvents("gate-01");

    protected abstract CheckinStore openStore() throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = openStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        dropStore();
    }

    private List<StoredCheckin> all(String venue) {
        return store.newestFirst(new CheckinQuery(venue, Optional.empty(), CheckinQuery.MAX_LIMIT));
    }

    @Test
    void aStoredEventReadsBackExactlyAsTheReaderSentIt() {
        Event accepted = gate.person(TestEvents.VENUE, T0);
        Event rejected = gate.scan("cccd-sex-mismatch", TestEvents.VENUE, T0.plusSeconds(1));
        Event withPhone = gate.scan("pccovid-ok-cccd", TestEvents.VENUE, T0.plusSeconds(2));

        StoreResult result = store.insertIfAbsent(List.of(accepted, rejected, withPhone), "gw-1", RECEIVED);

        assertThat(result.inserted()).containsExactly(accepted.eventId(), rejected.eventId(), withPhone.eventId());
        assertThat(result.alreadyPresent()).isEmpty();
        assertThat(all(TestEvents.VENUE)).containsExactly(
                new StoredCheckin(withPhone, "gw-1", RECEIVED),
                new StoredCheckin(rejected, "gw-1", RECEIVED),
                new StoredCheckin(accepted, "gw-1", RECEIVED));
    }

    @Test
    void theReadersOffsetIsKeptAndTimesAreKeptToTheMicrosecond() {
        OffsetDateTime odd = OffsetDateTime.of(2026, 11, 29, 12, 0, 0, 123_456_789, ZoneOffset.ofHoursMinutes(5, 45));
        Event event = gate.person(TestEvents.VENUE, odd);

        store.insertIfAbsent(List.of(event), "gw-1", RECEIVED.plusNanos(999));

        StoredCheckin read = all(TestEvents.VENUE).get(0);
        assertThat(read.event().scannedAt()).isEqualTo(odd.withNano(123_456_000));
        assertThat(read.event().scannedAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 45));
        assertThat(read.receivedAt()).isEqualTo(RECEIVED);
    }

    @Test
    void aSecondBatchWithTheSameIdsOnlyReportsDuplicates() {
        List<Event> batch = gate.batch(TestEvents.VENUE, T0, 5);
        store.insertIfAbsent(batch, "gw-1", RECEIVED);

        StoreResult retry = store.insertIfAbsent(batch, "gw-2", RECEIVED.plusSeconds(30));

        assertThat(retry.inserted()).isEmpty();
        assertThat(retry.alreadyPresent()).containsExactlyElementsOf(batch.stream().map(Event::eventId).toList());
        assertThat(all(TestEvents.VENUE)).hasSize(5).allSatisfy(c -> {
            assertThat(c.gateway()).as("the first delivery is the one kept").isEqualTo("gw-1");
            assertThat(c.receivedAt()).isEqualTo(RECEIVED);
        });
    }

    @Test
    void anIdTwiceInOneBatchIsStoredOnceAndReportedOnceAsADuplicate() {
        Event first = gate.person(TestEvents.VENUE, T0);
        Event other = gate.person(TestEvents.VENUE, T0.plusSeconds(1));

        StoreResult result = store.insertIfAbsent(List.of(first, other, first), "gw-1", RECEIVED);

        assertThat(result.inserted()).containsExactly(first.eventId(), other.eventId());
        assertThat(result.alreadyPresent()).containsExactly(first.eventId());
        assertThat(all(TestEvents.VENUE)).hasSize(2);
    }

    @Test
    void aBatchMixingNewAndKnownIdsStoresOnlyTheNewOnes() {
        List<Event> batch = gate.batch(TestEvents.VENUE, T0, 4);
        store.insertIfAbsent(batch.subList(0, 2), "gw-1", RECEIVED);

        StoreResult result = store.insertIfAbsent(batch, "gw-1", RECEIVED);

        assertThat(result.inserted()).containsExactly(batch.get(2).eventId(), batch.get(3).eventId());
        assertThat(result.alreadyPresent()).containsExactly(batch.get(0).eventId(), batch.get(1).eventId());
        assertThat(all(TestEvents.VENUE)).hasSize(4);
    }

    @Test
    void anEmptyBatchStoresNothing() {
        assertThat(store.insertIfAbsent(List.of(), "gw-1", RECEIVED)).isEqualTo(new StoreResult(List.of(), List.of()));
    }

    @Test
    void twoGatewaysPostingTheSameIdsAtOnceStoreEachIdExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<Event> batch = gate.batch(TestEvents.VENUE, T0.plusMinutes(round), 40);
                List<Event> shuffled = new ArrayList<>(batch);
                Collections.shuffle(shuffled, new Random(round));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<StoreResult> a = pool.submit(() -> {
                    start.await();
                    return store.insertIfAbsent(batch, "gw-1", RECEIVED);
                });
                Future<StoreResult> b = pool.submit(() -> {
                    start.await();
                    return store.insertIfAbsent(shuffled, "gw-2", RECEIVED);
                });
                StoreResult ra = a.get(30, TimeUnit.SECONDS);
                StoreResult rb = b.get(30, TimeUnit.SECONDS);

                Set<UUID> insertedOnce = new HashSet<>(ra.inserted());
                for (UUID id : rb.inserted()) {
                    assertThat(insertedOnce.add(id)).as("inserted by both gateways: " + id).isTrue();
                }
                assertThat(insertedOnce).hasSize(40);
                assertThat(ra.inserted().size() + ra.alreadyPresent().size()).isEqualTo(40);
                assertThat(rb.inserted().size() + rb.alreadyPresent().size()).isEqualTo(40);
            }
            assertThat(all(TestEvents.VENUE)).hasSize(200)
                    .extracting(c -> c.event().eventId()).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void checkinsComeNewestFirstByScanTimeThenSeq() {
        Event early = gate.person(TestEvents.VENUE, T0);
        Event late = gate.person(TestEvents.VENUE, T0.plusMinutes(5));
        Event sameTimeLowerSeq = gate.person(TestEvents.VENUE, T0.plusMinutes(3));
        Event sameTimeHigherSeq = gate.person(TestEvents.VENUE, T0.plusMinutes(3));
        // Inserted out of order, and the same instant written with another offset.
        Event sameInstantOtherOffset = gate.person(TestEvents.VENUE,
                T0.plusMinutes(4).withOffsetSameInstant(ZoneOffset.UTC));
        store.insertIfAbsent(List.of(sameTimeHigherSeq, early, late, sameInstantOtherOffset, sameTimeLowerSeq),
                "gw-1", RECEIVED);

        assertThat(all(TestEvents.VENUE)).extracting(c -> c.event().eventId()).containsExactly(
                late.eventId(), sameInstantOtherOffset.eventId(), sameTimeHigherSeq.eventId(),
                sameTimeLowerSeq.eventId(), early.eventId());
    }

    @Test
    void sinceKeepsCheckinsScannedAtOrAfterItAndLimitKeepsTheNewest() {
        List<Event> batch = gate.batch(TestEvents.VENUE, T0, 10);
        store.insertIfAbsent(batch, "gw-1", RECEIVED);
        Instant since = batch.get(4).scannedAt().toInstant();

        List<StoredCheckin> page = store.newestFirst(new CheckinQuery(TestEvents.VENUE, Optional.of(since), 3));
        List<StoredCheckin> sinceOnly = store.newestFirst(new CheckinQuery(TestEvents.VENUE, Optional.of(since), 100));

        assertThat(page).extracting(c -> c.event().eventId())
                .containsExactly(batch.get(9).eventId(), batch.get(8).eventId(), batch.get(7).eventId());
        assertThat(sinceOnly).hasSize(6).last().extracting(c -> c.event().eventId()).isEqualTo(batch.get(4).eventId());
    }

    @Test
    void aVenueSeesOnlyItsOwnCheckins() {
        Event here = gate.person(TestEvents.VENUE, T0);
        Event there = gate.person(TestEvents.OTHER_VENUE, T0);
        store.insertIfAbsent(List.of(here, there), "gw-1", RECEIVED);

        assertThat(all(TestEvents.VENUE)).extracting(c -> c.event().eventId()).containsExactly(here.eventId());
        assertThat(all(TestEvents.OTHER_VENUE)).extracting(c -> c.event().eventId()).containsExactly(there.eventId());
    }

    @Test
    void retentionDeletesOnlyCheckinsScannedBeforeTheCutoff() {
        Event old = gate.person(TestEvents.VENUE, T0.minusDays(31));
        Event atCutoff = gate.person(TestEvents.VENUE, T0.minusDays(30));
        Event recent = gate.person(TestEvents.VENUE, T0.minusDays(1));
        store.insertIfAbsent(List.of(old, atCutoff, recent), "gw-1", RECEIVED);

        int deleted = store.deleteScannedBefore(T0.minusDays(30).toInstant());

        assertThat(deleted).isEqualTo(1);
        assertThat(all(TestEvents.VENUE)).extracting(c -> c.event().eventId())
                .containsExactly(recent.eventId(), atCutoff.eventId());
        assertThat(store.deleteScannedBefore(T0.minusDays(30).toInstant())).isZero();
    }

    @Test
    void retentionDeletesLargeBacklogsCompletely() {
        store.insertIfAbsent(gate.batch(TestEvents.VENUE, T0.minusDays(40), 10_001), "gw-1", RECEIVED);
        store.insertIfAbsent(List.of(gate.person(TestEvents.VENUE, T0)), "gw-1", RECEIVED);

        assertThat(store.deleteScannedBefore(T0.minusDays(30).toInstant())).isEqualTo(10_001);
        assertThat(all(TestEvents.VENUE)).hasSize(1);
    }

    @Test
    void aDeletedEventDeliveredAgainIsStoredAgain() {
        // Retention is about age, not identity: a late copy of an expired event is simply a new row.
        Event old = gate.person(TestEvents.VENUE, T0.minusDays(40));
        store.insertIfAbsent(List.of(old), "gw-1", RECEIVED);
        store.deleteScannedBefore(T0.minusDays(30).toInstant());

        assertThat(store.insertIfAbsent(List.of(old), "gw-1", RECEIVED).inserted()).containsExactly(old.eventId());
    }

    @Test
    void theStoreAnswersAPing() {
        store.ping();
        assertThat(store.describe()).doesNotContain("password");
    }
}
