package vn.qrgate.gateway.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.domain.DeviceRecord;
import vn.qrgate.gateway.domain.InsertResult;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.gateway.domain.RetentionResult;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;

/**
 * What every gateway store promises (DESIGN §6.3), run against each implementation: SQLite files and a
 * PostgreSQL schema of their own.
 */
abstract class EventStoreContract {

    static final Instant T0 = Instant.parse("2026-11-29T05:00:00Z");

    JdbcStore store;
    final TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
    final TestEvents other = TestEvents.of("kiosk-0002", "v-hanoi-0001");

    abstract JdbcStore open();

    /** A second store object on the same database, as after a restart. */
    abstract JdbcStore reopen();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void newEventsAreStoredAndQueuedInArrivalOrder() {
        List<Event> events = kiosk.next(5);
        InsertResult result = store.insertIfAbsent(events, T0);

        assertThat(result.inserted()).containsExactlyElementsOf(ids(events));
        assertThat(result.duplicates()).isEmpty();
        assertThat(store.backlog()).isEqualTo(5);
        assertThat(store.oldestUnforwarded(0, 10)).extracting(QueuedEvent::event).containsExactlyElementsOf(events);
        assertThat(store.oldestUnforwarded(0, 10)).allSatisfy(q -> assertThat(q.receivedAt()).isEqualTo(T0));
    }

    @Test
    void anEventIdRepeatedWithinOneBatchIsStoredOnceAndCountedAsDuplicate() {
        List<Event> events = kiosk.next(3);
        List<Event> withRepeat = List.of(events.get(0), events.get(1), events.get(0), events.get(2));

        InsertResult result = store.insertIfAbsent(withRepeat, T0);

        assertThat(result.inserted()).containsExactlyElementsOf(ids(events));
        assertThat(result.duplicates()).containsExactly(events.get(0).eventId());
        assertThat(store.backlog()).isEqualTo(3);
    }

    @Test
    void aBatchSentAgainStoresOnlyItsNewEvents() {
        List<Event> first = kiosk.next(4);
        store.insertIfAbsent(first, T0);
        List<Event> again = new ArrayList<>(first.subList(2, 4));
        List<Event> fresh = kiosk.next(2);
        again.addAll(fresh);

        InsertResult result = store.insertIfAbsent(again, T0.plusSeconds(1));

        assertThat(result.inserted()).containsExactlyElementsOf(ids(fresh));
        assertThat(result.duplicates()).containsExactlyElementsOf(ids(first.subList(2, 4)));
        assertThat(store.backlog()).isEqualTo(6);
    }

    @Test
    void anEventForwardedAndDeletedIsStillRecognisedAsDuplicate() {
        List<Event> events = kiosk.next(2);
        store.insertIfAbsent(events, T0);
        assertThat(store.delete(ids(events))).isEqualTo(2);

        InsertResult again = store.insertIfAbsent(events, T0.plusSeconds(5));

        assertThat(again.inserted()).isEmpty();
        assertThat(again.duplicates()).containsExactlyElementsOf(ids(events));
        assertThat(store.backlog()).isZero();
        assertThat(store.contains(events.get(0).eventId())).isTrue();
    }

    @Test
    void storedEventsSurviveReopening() {
        List<Event> events = kiosk.next(3);
        store.insertIfAbsent(events, T0);
        store.close();

        store = reopen();

        assertThat(store.oldestUnforwarded(0, 10)).extracting(QueuedEvent::event).containsExactlyElementsOf(events);
    }

    @Test
    void theQueueIsReadInPagesOldestFirst() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<Event> batch = (i % 2 == 0 ? kiosk : other).next(3);
            store.insertIfAbsent(batch, T0.plusSeconds(i));
            events.addAll(batch);
        }

        List<QueuedEvent> page1 = store.oldestUnforwarded(0, 4);
        List<QueuedEvent> page2 = store.oldestUnforwarded(page1.get(3).position(), 4);
        List<QueuedEvent> page3 = store.oldestUnforwarded(page2.get(page2.size() - 1).position(), 4);

        List<Event> read = new ArrayList<>();
        page1.forEach(q -> read.add(q.event()));
        page2.forEach(q -> read.add(q.event()));
        assertThat(page1).hasSize(4);
        assertThat(page2).hasSize(4);
        page3.forEach(q -> read.add(q.event()));
        assertThat(page3).hasSize(1);
        assertThat(read).containsExactlyElementsOf(events);
    }

    @Test
    void deletingByIdRemovesOnlyThoseEvents() {
        List<Event> events = kiosk.next(5);
        store.insertIfAbsent(events, T0);

        int deleted = store.delete(List.of(events.get(1).eventId(), events.get(3).eventId(), UUID.randomUUID()));

        assertThat(deleted).isEqualTo(2);
        assertThat(store.oldestUnforwarded(0, 10)).extracting(q -> q.event().eventId())
                .containsExactly(events.get(0).eventId(), events.get(2).eventId(), events.get(4).eventId());
        assertThat(store.delete(List.of())).isZero();
    }

    @Test
    void rejectedEventsMoveToTheDeadLettersWithTheirReason() {
        List<Event> events = kiosk.next(3);
        store.insertIfAbsent(events, T0);
        Instant rejectedAt = T0.plusSeconds(60);

        int moved = store.deadLetter(List.of(
                new DeadLetter(events.get(1).eventId(), kiosk.device(), "UNKNOWN_VENUE", rejectedAt)));

        assertThat(moved).isEqualTo(1);
        assertThat(store.backlog()).isEqualTo(2);
        assertThat(store.deadLetters(10)).containsExactly(
                new DeadLetter(events.get(1).eventId(), kiosk.device(), "UNKNOWN_VENUE", rejectedAt));
        assertThat(store.contains(events.get(1).eventId())).isTrue();
    }

    @Test
    void retentionDeletesWhatIsOlderThanTheCutoffEverywhere() {
        List<Event> old = kiosk.next(3);
        List<Event> recent = kiosk.next(2);
        store.insertIfAbsent(old, T0);
        store.insertIfAbsent(recent, T0.plus(Duration.ofDays(20)));
        store.delete(List.of(old.get(0).eventId()));
        store.deadLetter(List.of(new DeadLetter(old.get(1).eventId(), kiosk.device(), "BAD", T0)));

        RetentionResult result = store.deleteOlderThan(T0.plus(Duration.ofDays(10)));

        assertThat(result).isEqualTo(new RetentionResult(3, 1, 1));
        assertThat(store.contains(old.get(0).eventId())).isFalse();
        assertThat(store.contains(recent.get(0).eventId())).isTrue();
        assertThat(store.deadLetters(10)).isEmpty();
        assertThat(store.oldestUnforwarded(0, 10)).extracting(QueuedEvent::event).containsExactlyElementsOf(recent);
    }

    @Test
    void concurrentInsertsOfTheSameEventsStoreEachOnce() throws Exception {
        List<Event> events = kiosk.next(200);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InsertResult>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> store.insertIfAbsent(events, T0)));
            }
            long inserted = 0;
            for (Future<InsertResult> f : results) {
                inserted += f.get().inserted().size();
            }
            assertThat(inserted).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.backlog()).isEqualTo(200);
    }

    @Test
    void anOnlineStatusFillsTheDeviceRow() {
        DeviceStatus status = new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("1.4.2"), 17,
                Optional.of(OffsetDateTime.parse("2026-11-29T11:58:00+07:00")), Optional.of(Duration.ofHours(5)),
                Optional.of(12L), List.of("OUTBOX_NEARLY_FULL", "CLOCK_NOT_SYNCED"), Optional.empty());

        store.recordStatus(kiosk.device(), status, T0);

        DeviceRecord row = store.device(kiosk.device()).orElseThrow();
        assertThat(row.online()).isTrue();
        assertThat(row.lastSeen()).contains(T0);
        assertThat(row.backlog()).isEqualTo(17);
        assertThat(row.firmware()).contains("1.4.2");
        assertThat(row.alarms()).containsExactly("OUTBOX_NEARLY_FULL", "CLOCK_NOT_SYNCED");
        assertThat(row.oldestUnacked()).contains(OffsetDateTime.parse("2026-11-29T11:58:00+07:00"));
        assertThat(row.trustListAge()).contains(Duration.ofHours(5));
        assertThat(row.denyListVersion()).contains(12L);
    }

    @Test
    void theLastWillFlipsTheDeviceOfflineAndKeepsWhatItLastSaid() {
        store.recordStatus(kiosk.device(), online(3), T0);

        store.recordStatus(kiosk.device(), DeviceStatus.offline(), T0.plusSeconds(30));

        DeviceRecord row = store.device(kiosk.device()).orElseThrow();
        assertThat(row.online()).isFalse();
        assertThat(row.lastSeen()).contains(T0);
        assertThat(row.stateAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(row.firmware()).contains("1.0.0");
        assertThat(row.backlog()).isEqualTo(3);
    }

    @Test
    void anOlderStatusDoesNotOverwriteANewerOne() {
        store.recordStatus(kiosk.device(), online(5), T0.plusSeconds(10));

        store.recordStatus(kiosk.device(), DeviceStatus.offline(), T0);

        assertThat(store.device(kiosk.device()).orElseThrow().online()).isTrue();
        assertThat(store.device(kiosk.device()).orElseThrow().backlog()).isEqualTo(5);
    }

    @Test
    void onlineDevicesAreThoseThatSaidSoRecently() {
        store.recordStatus(kiosk.device(), online(0), T0);
        store.recordStatus(other.device(), online(0), T0.minus(Duration.ofMinutes(10)));
        store.recordStatus(DeviceId.of("kiosk-0003"), DeviceStatus.offline(), T0);

        assertThat(store.countOnline(T0.minus(Duration.ofMinutes(3)))).isEqualTo(1);
        assertThat(store.countOnline(T0.minus(Duration.ofHours(1)))).isEqualTo(2);
        assertThat(store.devices()).extracting(DeviceRecord::device)
                .containsExactly(kiosk.device(), other.device(), DeviceId.of("kiosk-0003"));
    }

    @Test
    void pushVersionsStartAtOneAndGrowOnlyWhenTheContentChanges() {
        assertThat(store.version("config/kiosk-0001", "direction=OUT")).isEqualTo(1);
        assertThat(store.version("config/kiosk-0001", "direction=OUT")).isEqualTo(1);
        assertThat(store.version("config/kiosk-0001", "direction=IN")).isEqualTo(2);
        assertThat(store.version("config/kiosk-0002", "direction=IN")).isEqualTo(1);
        store.close();
        store = reopen();
        assertThat(store.version("config/kiosk-0001", "direction=IN")).isEqualTo(2);
        assertThat(store.version("config/kiosk-0001", "direction=OUT")).isEqualTo(3);
        assertThat(store.names()).containsExactly("config/kiosk-0001", "config/kiosk-0002");
    }

    @Test
    void theStoreAnswersItsHealthCheck() {
        store.check();
    }

    static DeviceStatus online(long backlog) {
        return new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("1.0.0"), backlog, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    static List<UUID> ids(List<Event> events) {
        return events.stream().map(Event::eventId).toList();
    }
}
