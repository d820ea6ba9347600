package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.port.Outbox;

/**
 * The part of the outbox contract about a full outbox and its status figures (DESIGN §6.5): nothing is
 * dropped silently, and the alarms start where they should. Run through {@link OutboxContractTest}.
 */
interface OutboxCapacityContract {

    Instant START = Instant.parse("2026-11-29T05:00:00Z");
    Sizing ROOMY = new Sizing(1_000, FullPolicy.REFUSE_NEW_SCANS, 0, 0.8);

    /** How big the store is and what it does when full. */
    record Sizing(long capacity, FullPolicy policy, long diskFloorBytes, double nearlyFullFraction) {
    }

    /** Closes the store in use, if any, and opens it with this sizing. */
    Outbox outbox(Sizing sizing);

    /** Closes the store in use and opens it again, same sizing. */
    Outbox reopen();

    Drafts drafts();

    MutableClock clock();

    /** Sets the free space the store's free-space probe reports. */
    void freeBytes(long bytes);

    default Outbox outbox() {
        return outbox(ROOMY);
    }

    default Event stored(AppendResult result) {
        assertThat(result).isInstanceOf(AppendResult.Stored.class);
        return ((AppendResult.Stored) result).event();
    }

    default Event store(Outbox target) {
        return stored(target.append(drafts().accepted()));
    }

    default void storeAll(Outbox target, int count) {
        for (int i = 0; i < count; i++) {
            store(target);
        }
    }

    /** A batch limited by count only. */
    default List<Event> take(Outbox target, int maxEvents) {
        return target.takeBatch(maxEvents, Integer.MAX_VALUE);
    }

    @Test
    default void refuse_policy_refuses_at_capacity_and_stores_nothing() {
        Outbox box = outbox(new Sizing(3, FullPolicy.REFUSE_NEW_SCANS, 0, 0.8));
        storeAll(box, 3);
        AppendResult result = box.append(drafts().accepted());

        assertThat(result).isEqualTo(new AppendResult.Refused("outbox full: 3 of 3 rows unacked"));
        assertThat(box.status().backlog()).isEqualTo(3);
        assertThat(box.status().lastSeq()).isEqualTo(3);
    }

    @Test
    default void a_full_outbox_still_answers_stored_for_an_event_it_already_holds() {
        Outbox box = outbox(new Sizing(2, FullPolicy.REFUSE_NEW_SCANS, 0, 0.8));
        EventDraft draft = drafts().accepted();
        Event first = stored(box.append(draft));
        store(box);

        assertThat(box.append(draft)).isEqualTo(new AppendResult.Stored(first));
    }

    @Test
    default void refuse_policy_counts_rows_left_from_before_a_restart() {
        Outbox box = outbox(new Sizing(2, FullPolicy.REFUSE_NEW_SCANS, 0, 0.8));
        store(box);
        store(box);
        assertThat(reopen().append(drafts().accepted())).isInstanceOf(AppendResult.Refused.class);
    }

    @Test
    default void refuse_policy_accepts_again_once_an_ack_makes_room() {
        Outbox box = outbox(new Sizing(2, FullPolicy.REFUSE_NEW_SCANS, 0, 0.8));
        Event first = store(box);
        store(box);
        assertThat(box.append(drafts().accepted())).isInstanceOf(AppendResult.Refused.class);

        box.acknowledge(List.of(first.eventId()));
        assertThat(store(box).seq()).isEqualTo(3);
    }

    @Test
    default void keep_policy_stores_past_capacity_until_the_disk_reaches_its_floor() {
        Outbox box = outbox(new Sizing(2, FullPolicy.KEEP_UNTIL_DISK_FLOOR, 1_000_000, 0.8));
        freeBytes(5_000_000);
        storeAll(box, 4);
        assertThat(box.status().full()).isTrue();

        freeBytes(999_999);
        AppendResult result = box.append(drafts().accepted());

        assertThat(result).isInstanceOf(AppendResult.Refused.class);
        assertThat(((AppendResult.Refused) result).why()).contains("floor").contains("4 of 2 rows unacked");
        assertThat(box.status().backlog()).isEqualTo(4);
        freeBytes(1_000_000);
        assertThat(store(box).seq()).isEqualTo(5);
    }

    @Test
    default void keep_policy_does_not_look_at_the_disk_below_capacity() {
        Outbox box = outbox(new Sizing(2, FullPolicy.KEEP_UNTIL_DISK_FLOOR, 1_000_000, 0.8));
        freeBytes(0);
        assertThat(store(box).seq()).isEqualTo(1);
    }

    @Test
    default void status_of_a_new_outbox_is_empty() {
        assertThat(outbox().status())
                .isEqualTo(new OutboxStatus(0, 0, ROOMY.capacity(), Optional.empty(), 0, false, false));
    }

    @Test
    default void status_counts_pending_and_sent_and_dates_the_oldest_unacked_row() {
        Outbox box = outbox();
        Event acked = store(box);
        clock().advance(Duration.ofMinutes(1));
        store(box);
        clock().advance(Duration.ofMinutes(1));
        store(box);
        store(box);
        box.acknowledge(List.of(acked.eventId()));
        take(box, 1);

        assertThat(box.status()).isEqualTo(new OutboxStatus(2, 1, ROOMY.capacity(),
                Optional.of(START.plus(Duration.ofMinutes(1))), 4, false, false));
    }

    @Test
    default void status_turns_nearly_full_and_full_at_their_thresholds() {
        Outbox box = outbox(new Sizing(10, FullPolicy.REFUSE_NEW_SCANS, 0, 0.7));
        storeAll(box, 6);
        assertThat(box.status().nearlyFull()).isFalse();
        store(box);
        assertThat(box.status().nearlyFull()).isTrue();
        assertThat(box.status().full()).isFalse();
        storeAll(box, 3);
        assertThat(box.status().full()).isTrue();
    }
}
