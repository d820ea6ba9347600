package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The frames the camera tests feed through a child process, checked against the plain decoder here,
 * so a failing camera test points at the source and not at a frame nobody could read.
 */
class TestFramesTest {

    private final PlainZxingFrameDecoder decoder = new PlainZxingFrameDecoder();

    static final TestFrames.Look CCCD_LOOK = TestFrames.Look.plain().at(250, 260).turned(20);
    static final TestFrames.Look BHYT_LOOK = TestFrames.Look.plain().withModule(5).at(380, 230).blurred(1).noisy(6);
    static final TestFrames.Look QG1_LOOK = TestFrames.Look.plain().withModule(5).turned(-25).contrast(90, 150).noisy(4);
    // a third of the code hangs over the left edge, with one finder pattern outside
    static final TestFrames.Look CUT_OFF_LOOK = TestFrames.Look.plain().at(40, 240);

    // the camera tests vary the noise seed from frame to frame: every seed they use must work
    private static final int SEEDS = 8;

    @Test
    void a_turned_and_offset_id_card_code_decodes() {
        for (int seed = 0; seed < SEEDS; seed++) {
            assertThat(decoded(TestFrames.code(TestCodes.CCCD, CCCD_LOOK, seed))).contains(TestCodes.CCCD);
        }
    }

    @Test
    void a_blurred_noisy_health_insurance_code_decodes() {
        for (int seed = 0; seed < SEEDS; seed++) {
            assertThat(decoded(TestFrames.code(TestCodes.BHYT, BHYT_LOOK, seed))).contains(TestCodes.BHYT);
        }
    }

    @Test
    void a_faded_turned_signed_code_decodes() {
        for (int seed = 0; seed < SEEDS; seed++) {
            assertThat(decoded(TestFrames.code(TestCodes.QG1, QG1_LOOK, seed))).contains(TestCodes.QG1);
        }
    }

    @Test
    void a_code_cut_off_at_the_edge_does_not_decode() {
        for (int seed = 0; seed < SEEDS; seed++) {
            assertThat(decoded(TestFrames.code(TestCodes.CUT_OFF, CUT_OFF_LOOK, seed))).isEmpty();
        }
    }

    @Test
    void an_empty_scene_does_not_decode() {
        for (int seed = 0; seed < SEEDS; seed++) {
            assertThat(decoded(TestFrames.empty(seed))).isEmpty();
        }
    }

    @Test
    void the_codes_are_the_ones_the_tests_mean() {
        assertThat(TestCodes.CCCD).startsWith("058190001234|");
        assertThat(TestCodes.BHYT).startsWith("5800123456|").endsWith("|$");
        assertThat(TestCodes.QG1).startsWith("QG1:");
    }

    @Test
    void the_frame_index_survives_in_head_and_tail_and_does_not_spoil_decoding() {
        byte[] frame = TestFrames.indexed(TestFrames.code(TestCodes.CCCD, CCCD_LOOK, 6), 123_456);
        LumaFrame luma = LumaFrame.packed(frame, TestFrames.WIDTH, TestFrames.HEIGHT);

        assertThat(TestFrames.headIndex(luma)).isEqualTo(123_456);
        assertThat(TestFrames.tailIndex(luma)).isEqualTo(123_456);
        assertThat(decoded(frame)).contains(TestCodes.CCCD);
    }

    private Optional<String> decoded(byte[] frame) {
        return decoder.decode(LumaFrame.packed(frame, TestFrames.WIDTH, TestFrames.HEIGHT))
                .map(code -> new String(code.bytes(), StandardCharsets.UTF_8));
    }
}
