package vn.qrgate.reader.adapter.camera.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.camera.LumaFrame;

class GreyTransformsTest {

    private static int at(LumaFrame f, int x, int y) {
        return f.data()[f.offset() + y * f.rowStride() + x] & 0xff;
    }

    @Test
    void a_quarter_turn_clockwise_puts_the_top_left_pixel_at_the_top_right() {
        // 3 wide, 2 high, padded to a stride of 5 and starting at offset 2
        byte[] data = {9, 9, 1, 2, 3, 9, 9, 4, 5, 6, 9, 9};
        LumaFrame frame = new LumaFrame(data, 2, 3, 2, 5);

        LumaFrame turned = GreyTransforms.rotateClockwise(frame, null);

        assertThat(turned.width()).isEqualTo(2);
        assertThat(turned.height()).isEqualTo(3);
        assertThat(turned.data()).startsWith(4, 1, 5, 2, 6, 3);
    }

    @Property(tries = 30)
    void four_quarter_turns_give_the_frame_back(@ForAll @IntRange(min = 1, max = 40) int width,
            @ForAll @IntRange(min = 1, max = 40) int height, @ForAll long seed) {
        byte[] data = new byte[width * height];
        new Random(seed).nextBytes(data);
        LumaFrame frame = LumaFrame.packed(data, width, height);

        LumaFrame back = GreyTransforms.rotated(GreyTransforms.rotated(frame, 270), 90);

        assertThat(back.width()).isEqualTo(width);
        assertThat(back.data()).isEqualTo(data);
    }

    @Test
    void only_quarter_turns_are_allowed() {
        assertThatThrownBy(() -> GreyTransforms.rotated(LumaFrame.packed(new byte[4], 2, 2), 45))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rotation 45").hasMessageContaining("0, 90, 180 or 270");
    }

    @Test
    void halving_averages_each_two_by_two_block_and_drops_an_odd_last_column() {
        byte[] data = {0, 4, (byte) 200, 7, 8, 12, (byte) 100, 9};
        LumaFrame half = GreyTransforms.halve(LumaFrame.packed(data, 4, 2), new byte[0]);

        assertThat(half.width()).isEqualTo(2);
        assertThat(half.height()).isEqualTo(1);
        assertThat(at(half, 0, 0)).isEqualTo(6); // (0 + 4 + 8 + 12) / 4
        assertThat(at(half, 1, 0)).isEqualTo(79); // (200 + 7 + 100 + 9 + 2) / 4
    }

    @Test
    void doubling_keeps_flat_areas_flat_and_puts_a_step_between_its_two_levels() {
        byte[] data = {10, 10, (byte) 250, (byte) 250};
        LumaFrame doubled = GreyTransforms.doubled(LumaFrame.packed(data, 4, 1), null);

        assertThat(doubled.width()).isEqualTo(8);
        assertThat(doubled.height()).isEqualTo(2);
        int[] row = new int[8];
        for (int x = 0; x < 8; x++) {
            row[x] = at(doubled, x, 1);
        }
        assertThat(row).containsExactly(10, 10, 10, 70, 190, 250, 250, 250);
    }

    @Test
    void a_buffer_that_is_big_enough_is_reused() {
        byte[] buffer = new byte[100];
        LumaFrame frame = LumaFrame.packed(new byte[16], 4, 4);

        assertThat(GreyTransforms.rotateClockwise(frame, buffer).data()).isSameAs(buffer);
        assertThat(GreyTransforms.halve(frame, buffer).data()).isSameAs(buffer);
        assertThat(GreyTransforms.doubled(frame, buffer).data()).isSameAs(buffer);
        assertThat(GreyTransforms.doubled(frame, new byte[10]).data()).hasSize(64);
    }
}
