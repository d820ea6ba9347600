package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestFrameExchangeTest {

    private final LatestFrameExchange exchange = new LatestFrameExchange(4);

    @Test
    void the_decoder_gets_the_newest_frame_and_the_older_ones_count_as_skipped() throws Exception {
        for (int i = 1; i <= 5; i++) {
            fill(i);
        }

        LatestFrameExchange.Slot taken = exchange.take().orElseThrow();

        assertThat(taken.data[0]).isEqualTo((byte) 5);
        assertThat(taken.arrivalNanos).isEqualTo(5);
        assertThat(exchange.framesRead()).isEqualTo(5);
        assertThat(exchange.framesSkipped()).isEqualTo(4);
    }

    @Test
    void a_frame_being_decoded_is_never_written_over() throws Exception {
        fill(1);
        LatestFrameExchange.Slot decoding = exchange.take().orElseThrow();
        for (int i = 2; i <= 50; i++) {
            fill(i);
            assertThat(exchange.fillBuffer()).isNotSameAs(decoding.data);
        }

        assertThat(decoding.data[0]).isEqualTo((byte) 1);
        assertThat(exchange.take().orElseThrow().data[0]).isEqualTo((byte) 50);
    }

    @Test
    void three_buffers_are_used_in_turn_and_no_more_are_made() throws Exception {
        Set<byte[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 30; i++) {
            seen.add(exchange.fillBuffer());
            fill(i);
            if (i % 3 == 0) {
                seen.add(exchange.take().orElseThrow().data);
            }
        }

        assertThat(seen).hasSize(3);
    }

    @Test
    void read_equals_decoded_plus_skipped_once_the_decoder_has_caught_up() throws Exception {
        long taken = 0;
        for (int i = 0; i < 100; i++) {
            fill(i);
            if (i % 7 == 0) {
                exchange.take();
                taken++;
            }
        }
        exchange.take();
        taken++;

        assertThat(exchange.framesRead()).isEqualTo(taken + exchange.framesSkipped());
    }

    @Test
    void take_waits_for_a_frame_and_close_wakes_it_empty() throws Exception {
        CompletableFuture<Optional<LatestFrameExchange.Slot>> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return exchange.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(50);
        assertThat(waiting).isNotDone();

        exchange.close();

        assertThat(waiting.get(2, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void a_frame_published_after_the_last_take_is_handed_over_once() throws Exception {
        fill(7);
        exchange.take();
        Set<Byte> later = new HashSet<>();
        CompletableFuture<Void> decoder = CompletableFuture.runAsync(() -> {
            try {
                exchange.take().ifPresent(slot -> later.add(slot.data[0]));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        fill(8);
        decoder.get(2, TimeUnit.SECONDS);

        assertThat(later).containsExactly((byte) 8);
    }

    private void fill(int value) {
        exchange.fillBuffer()[0] = (byte) value;
        exchange.publish(value);
    }
}
