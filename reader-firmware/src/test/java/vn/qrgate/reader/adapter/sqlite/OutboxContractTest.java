package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.InvalidEventException;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.OutboxException;

/**
 * What every {@link Outbox} must do, whatever stores it (Kura's lesson: one contract, run against
 * each store). A subclass says how to open, and reopen, its store. Capacity and status behaviours
 * come with it from {@link OutboxCapacityContract}.
 */
abstract class OutboxContractTest implements OutboxCapacityContract {

    protected final MutableClock clock = new MutableClock(START);
    /** Free space on the fake disk; the store's free-space probe must read this. */
    protected volatile long freeBytes = Long.MAX_VALUE;
    protected final Drafts drafts = new Drafts();

    private Outbox outbox;
    private Sizing sizing;

    /** Opens the store under test; called again after close, it must reopen the same store. */
    protected abstract Outbox open(Sizing sizing);

    @AfterEach
    void closeOutbox() {
        if (outbox != null) {
            outbox.close();
        }
    }

    @Override
    public Outbox outbox(Sizing newSizing) {
        closeOutbox();
        sizing = newSizing;
        outbox = open(newSizing);
        return outbox;
    }

    @Override
    public Outbox reopen() {
        return outbox(sizing);
    }

    @Override
    public Drafts drafts() {
        return drafts;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public void freeBytes(long bytes) {
        freeBytes = bytes;
    }

    protected static List<UUID> ids(List<Event> events) {
        return events.stream().map(Event::eventId).toList();
    }

    protected static List<Long> seqs(List<Event> events) {
        return events.stream().map(Event::seq).toList();
    }

    @Test
    void append_assigns_seq_1_2_3_in_order() {
        Outbox box = outbox();
        assertThat(List.of(store(box).seq(), store(box).seq(), store(box).seq())).containsExactly(1L, 2L, 3L);
    }

    @Test
    void the_stored_event_is_the_draft_with_its_seq() {
        EventDraft draft = drafts.accepted();
        assertThat(stored(outbox().append(draft))).isEqualTo(draft.withSeq(1));
    }

    @Test
    void accepted_and_rejected_events_come_back_from_take_batch_exactly_as_stored() {
        Outbox box = outbox();
        Event accepted = stored(box.append(drafts.accepted()));
        Event rejected = stored(box.append(drafts.rejected()));

        List<Event> batch = take(reopen(), 10);

        assertThat(batch).containsExactly(accepted, rejected);
        assertThat(batch.get(0).subject()).isEqualTo(Drafts.person());
    }

    @Test
    void a_draft_that_breaks_the_event_rules_is_refused_without_using_up_a_seq() {
        Outbox box = outbox();
        EventDraft valid = drafts.accepted();
        EventDraft acceptedUnknown = new EventDraft(valid.eventId(), valid.device(), valid.venue(), valid.scannedAt(),
                true, valid.direction(), Kind.UNKNOWN, valid.subject(), Decision.ACCEPTED, null, valid.source(), null);

        assertThatThrownBy(() -> box.append(acceptedUnknown)).isInstanceOf(InvalidEventException.class);
        assertThat(store(box).seq()).isEqualTo(1);
    }

    @Test
    void seq_continues_after_close_and_reopen() {
        Outbox box = outbox();
        store(box);
        store(box);
        assertThat(store(reopen()).seq()).isEqualTo(3);
        assertThat(store(reopen()).seq()).isEqualTo(4);
    }

    @Test
    void seq_never_repeats_even_after_every_row_was_acked_and_purged() {
        Outbox box = outbox();
        List<UUID> all = List.of(store(box).eventId(), store(box).eventId());
        box.acknowledge(all);
        assertThat(box.purgeAcked()).isEqualTo(2);

        assertThat(store(box).seq()).isEqualTo(3);
        Outbox reopened = reopen();
        reopened.acknowledge(ids(take(reopened, 10)));
        reopened.purgeAcked();
        assertThat(store(reopen()).seq()).isEqualTo(4);
        assertThat(outbox(ROOMY).status().lastSeq()).isEqualTo(4);
    }

    @Test
    void appending_the_same_event_id_twice_stores_it_once_with_its_first_seq() {
        Outbox box = outbox();
        EventDraft draft = drafts.accepted();
        Event first = stored(box.append(draft));
        store(box);

        assertThat(stored(box.append(draft))).isEqualTo(first);
        assertThat(box.status().pending()).isEqualTo(2);
        assertThat(box.status().lastSeq()).isEqualTo(2);
    }

    @Test
    void take_batch_returns_pending_events_oldest_first_up_to_max_events() {
        Outbox box = outbox();
        storeAll(box, 5);
        assertThat(seqs(take(box, 3))).containsExactly(1L, 2L, 3L);
        assertThat(seqs(take(box, 3))).containsExactly(4L, 5L);
        assertThat(take(box, 3)).isEmpty();
    }

    @Test
    void take_batch_marks_what_it_returns_as_sent() {
        Outbox box = outbox();
        storeAll(box, 4);
        take(box, 3);

        OutboxStatus status = box.status();
        assertThat(status.sent()).isEqualTo(3);
        assertThat(status.pending()).isEqualTo(1);
        assertThat(status.backlog()).isEqualTo(4);
    }

    @Test
    void take_batch_stops_before_the_json_would_exceed_max_bytes() {
        Outbox box = outbox();
        List<Event> events = List.of(store(box), store(box), store(box));
        int twoEvents = EventJson.encode(events.get(0)).length + EventJson.encode(events.get(1)).length;

        assertThat(seqs(box.takeBatch(10, twoEvents))).containsExactly(1L, 2L);
        assertThat(seqs(box.takeBatch(10, twoEvents - 1))).containsExactly(3L);
    }

    @Test
    void take_batch_returns_one_event_even_when_it_alone_is_larger_than_max_bytes() {
        Outbox box = outbox();
        store(box);
        store(box);
        assertThat(seqs(box.takeBatch(10, 1))).containsExactly(1L);
    }

    @Test
    void take_stored_batch_gives_each_event_as_stored_oldest_first_and_marks_it_sent() {
        Outbox box = outbox();
        Event accepted = stored(box.append(drafts.accepted()));
        Event rejected = stored(box.append(drafts.rejected()));
        store(box);
        int twoEvents = EventJson.encode(accepted).length + EventJson.encode(rejected).length;

        List<StoredEvent> batch = box.takeStoredBatch(10, twoEvents);

        assertThat(batch).extracting(StoredEvent::eventId).containsExactly(accepted.eventId(), rejected.eventId());
        assertThat(batch).extracting(StoredEvent::seq).containsExactly(1L, 2L);
        assertThat(EventJson.decodeEvent(batch.get(0).json())).isEqualTo(accepted);
        assertThat(EventJson.decodeEvent(batch.get(1).json())).isEqualTo(rejected);
        assertThat(box.status().sent()).isEqualTo(2);
        assertThat(seqs(take(box, 10))).containsExactly(3L);
    }

    @Test
    void take_batch_refuses_limits_below_one() {
        Outbox box = outbox();
        assertThatThrownBy(() -> box.takeBatch(0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> box.takeBatch(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledge_marks_pending_and_sent_events_acked_and_counts_only_changes() {
        Outbox box = outbox();
        Event sent = store(box);
        take(box, 1);
        Event pending = store(box);
        store(box);

        assertThat(box.acknowledge(List.of(sent.eventId(), pending.eventId(), UUID.randomUUID()))).isEqualTo(2);
        assertThat(box.acknowledge(List.of(sent.eventId()))).isZero();
        assertThat(box.acknowledge(Collections.emptyList())).isZero();
        assertThat(box.status().backlog()).isEqualTo(1);
        assertThat(seqs(take(box, 10))).containsExactly(3L);
    }

    @Test
    void purge_deletes_acked_rows_and_nothing_else() {
        Outbox box = outbox();
        Event acked = store(box);
        store(box);
        take(box, 2);
        store(box);
        box.acknowledge(List.of(acked.eventId()));

        assertThat(box.purgeAcked()).isEqualTo(1);
        assertThat(box.purgeAcked()).isZero();
        OutboxStatus status = box.status();
        assertThat(status.sent()).isEqualTo(1);
        assertThat(status.pending()).isEqualTo(1);
    }

    @Test
    void requeue_returns_events_sent_before_the_cutoff_to_pending_oldest_first() {
        Outbox box = outbox();
        storeAll(box, 3);
        take(box, 2);
        clock.advance(Duration.ofSeconds(30));
        Instant cutoff = clock.instant();
        take(box, 1);

        assertThat(box.requeueSentBefore(cutoff)).isEqualTo(2);
        assertThat(seqs(take(box, 10))).containsExactly(1L, 2L);
        assertThat(box.requeueSentBefore(cutoff.plusSeconds(1))).isEqualTo(3);
    }

    @Test
    void requeue_takes_the_extreme_instants_as_everything_and_nothing() {
        Outbox box = outbox();
        store(box);
        take(box, 1);

        assertThat(box.requeueSentBefore(Instant.MIN)).isZero();
        assertThat(box.requeueSentBefore(Instant.MAX)).isEqualTo(1);
    }

    @Test
    void sent_and_acked_states_survive_a_restart() {
        Outbox box = outbox();
        Event acked = store(box);
        store(box);
        store(box);
        take(box, 2);
        box.acknowledge(List.of(acked.eventId()));

        Outbox reopened = reopen();
        OutboxStatus status = reopened.status();
        assertThat(List.of(status.pending(), status.sent())).containsExactly(1L, 1L);
        assertThat(reopened.requeueSentBefore(clock.instant().plusSeconds(1))).isEqualTo(1);
        assertThat(seqs(take(reopened, 10))).containsExactly(2L, 3L);
    }

    @Test
    void a_closed_outbox_refuses_every_operation() {
        Outbox box = outbox();
        box.close();
        box.close();

        assertThatThrownBy(() -> box.append(drafts.accepted())).isInstanceOf(OutboxException.class);
        assertThatThrownBy(() -> box.takeBatch(1, 1)).isInstanceOf(OutboxException.class);
        assertThatThrownBy(() -> box.acknowledge(List.of(UUID.randomUUID()))).isInstanceOf(OutboxException.class);
        assertThatThrownBy(box::status).isInstanceOf(OutboxException.class).hasMessageContaining("closed");
    }

    @Test
    void appends_from_several_threads_get_distinct_consecutive_seqs() throws Exception {
        Outbox box = outbox();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> seqs = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                seqs.add(pool.submit(() -> store(box).seq()));
            }
            List<Long> got = new ArrayList<>();
            for (Future<Long> seq : seqs) {
                got.add(seq.get());
            }
            assertThat(got).doesNotHaveDuplicates().hasSize(200).allMatch(seq -> seq >= 1 && seq <= 200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(seqs(take(box, 500))).isSorted().hasSize(200);
    }
}
