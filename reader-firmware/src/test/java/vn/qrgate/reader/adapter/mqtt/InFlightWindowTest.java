package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InFlightWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-29T05:00:00Z");

    private final InFlightWindow window = new InFlightWindow(2);

    private static List<UUID> ids(int n) {
        return java.util.stream.Stream.generate(UUID::randomUUID).limit(n).toList();
    }

    @Test
    void theWindowIsFullWithAsManyBatchesAsItsCapacity() {
        assertThat(window.hasRoom()).isTrue();
        window.open(ids(3), T0);
        assertThat(window.hasRoom()).isTrue();
        window.open(ids(1), T0);
        assertThat(window.hasRoom()).isFalse();
        assertThat(window.size()).isEqualTo(2);
        assertThat(window.waitingEvents()).isEqualTo(4);
    }

    @Test
    void aBatchStaysInFlightUntilAcksHaveNamedEveryOneOfItsEvents() {
        List<UUID> batch = ids(3);
        window.open(batch, T0);

        assertThat(window.acked(List.of(batch.get(0), batch.get(2)))).isZero();
        assertThat(window.size()).isEqualTo(1);
        assertThat(window.acked(List.of(batch.get(1), UUID.randomUUID()))).isEqualTo(1);
        assertThat(window.size()).isZero();
        assertThat(window.waitingEvents()).isZero();
    }

    @Test
    void anAckThatNamesSeveralBatchesCompletesThemAll() {
        List<UUID> first = ids(2);
        List<UUID> second = ids(2);
        window.open(first, T0);
        window.open(second, T0);

        List<UUID> both = new java.util.ArrayList<>(first);
        both.addAll(second);
        assertThat(window.acked(both)).isEqualTo(2);
        assertThat(window.hasRoom()).isTrue();
    }

    @Test
    void batchesSentBeforeTheCutoffLeaveTheWindowAndLaterOnesStay() {
        List<UUID> old = ids(2);
        window.open(old, T0);
        window.open(ids(2), T0.plusSeconds(10));

        assertThat(window.expire(T0.plusSeconds(5))).isEqualTo(1);
        assertThat(window.size()).isEqualTo(1);
        assertThat(window.acked(old)).as("a late ack for an expired batch").isZero();
        assertThat(window.expire(T0.plusSeconds(5))).isZero();
    }

    @Test
    void aRefusedBatchIsDroppedAndANewSessionClearsEverything() {
        long refused = window.open(ids(2), T0);
        window.open(ids(2), T0);

        assertThat(window.drop(refused)).isTrue();
        assertThat(window.drop(refused)).isFalse();
        assertThat(window.size()).isEqualTo(1);
        window.clear();
        assertThat(window.size()).isZero();
        assertThat(window.waitingEvents()).isZero();
    }

    @Test
    void anEventSentAgainCountsOnlyInItsNewBatch() {
        List<UUID> first = ids(2);
        window.open(first, T0);
        List<UUID> again = List.of(first.get(1), UUID.randomUUID());
        window.open(again, T0.plusSeconds(1));

        assertThat(window.acked(List.of(first.get(0)))).as("the first batch waits for nothing else").isEqualTo(1);
        assertThat(window.acked(again)).isEqualTo(1);
        assertThat(window.size()).isZero();
    }

    @Test
    void aSmallerBrokerLimitShrinksTheWindow() {
        InFlightWindow wide = new InFlightWindow(8);
        wide.resize(1);
        wide.open(ids(1), T0);
        assertThat(wide.hasRoom()).isFalse();
        assertThat(wide.capacity()).isEqualTo(1);
    }
}
