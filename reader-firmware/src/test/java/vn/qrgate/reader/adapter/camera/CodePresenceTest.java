package vn.qrgate.reader.adapter.camera;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CodePresenceTest {

    private static final long MS = 1_000_000L;
    private static final byte[] A = "card A".getBytes(UTF_8);
    private static final byte[] B = "card B".getBytes(UTF_8);

    private final CodePresence presence = new CodePresence(Duration.ofMillis(1000));
    // an arbitrary nanoTime origin, negative like a real one may be
    private long now = -5_000 * MS;

    @Test
    void a_code_held_in_view_is_reported_on_its_first_frame_only() {
        assertThat(seen(A)).isTrue();
        for (int frame = 0; frame < 100; frame++) {
            now += 33 * MS;
            assertThat(seen(A)).isFalse();
        }
    }

    @Test
    void missed_frames_shorter_than_gone_after_do_not_make_it_leave() {
        seen(A);
        for (int frame = 0; frame < 29; frame++) {
            now += 33 * MS;
            presence.seenNothing(now);
        }
        now += 33 * MS;

        assertThat(seen(A)).isFalse();
    }

    @Test
    void a_code_missing_for_gone_after_is_reported_again_when_it_returns() {
        seen(A);
        now += 999 * MS;
        presence.seenNothing(now);
        now += 1 * MS;
        presence.seenNothing(now);
        now += 33 * MS;

        assertThat(seen(A)).isTrue();
    }

    @Test
    void time_alone_does_not_make_a_code_leave_when_no_frame_showed_it_missing() {
        seen(A);
        // the camera stalled, or the decoder is slower than gone after: no frame without the code
        now += 5_000 * MS;

        assertThat(seen(A)).isFalse();
    }

    @Test
    void another_code_is_reported_at_once_and_counts_as_a_frame_without_the_first() {
        seen(A);
        now += 33 * MS;
        assertThat(seen(B)).isTrue();
        now += 1_000 * MS;
        assertThat(seen(B)).isFalse();
        now += 33 * MS;

        assertThat(seen(A)).isTrue();
    }

    @Test
    void two_codes_whose_decodes_alternate_are_each_reported_once() {
        int reports = 0;
        for (int frame = 0; frame < 60; frame++) {
            now += 33 * MS;
            reports += seen(frame % 2 == 0 ? A : B) ? 1 : 0;
        }

        assertThat(reports).isEqualTo(2);
        assertThat(presence.inView()).isEqualTo(2);
    }

    @Test
    void the_same_bytes_in_a_new_array_are_the_same_code() {
        seen(A);
        now += 33 * MS;

        assertThat(seen("card A".getBytes(UTF_8))).isFalse();
    }

    @Test
    void the_caller_may_reuse_its_array_after_a_sighting() {
        byte[] buffer = "card A".getBytes(UTF_8);
        presence.seen(buffer, now);
        buffer[5] = 'Z';
        now += 33 * MS;

        assertThat(seen(A)).isFalse();
    }

    @Test
    void memory_stays_bounded_with_many_codes_in_view() {
        for (int i = 0; i < 1_000; i++) {
            now += MS;
            seen(("code " + i).getBytes(UTF_8));
        }

        assertThat(presence.inView()).isEqualTo(CodePresence.MAX_TRACKED);
    }

    @Test
    void gone_after_must_be_positive() {
        assertThatThrownBy(() -> new CodePresence(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goneAfter = PT0S");
    }

    private boolean seen(byte[] code) {
        return presence.seen(code, now);
    }
}
