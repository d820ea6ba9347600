package vn.qrgate.reader.adapter.camera.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder.Step;

/**
 * The idle policy seen through the decoder: which frames pay for the turned and doubled views, counted
 * by the decoder itself (no timing), and how long a hard code waits for them.
 */
class IdleViewsTest {

    private static final int K = IdleViews.IDLE_EVERY;
    private static final int N = IdleViews.RECENT_FRAMES;
    /** zxing-qrcode-3/23.png: 240x240, small modules, read only at double size with re-sampling. */
    private static final Path HARD_PHOTO = QrCorpus.ROOT.resolve("zxing-qrcode-3/23.png");

    @Test
    void a_stream_of_empty_frames_runs_the_expensive_views_only_on_every_kth_frame_starting_with_the_first() {
        QrFrameDecoder decoder = new QrFrameDecoder();

        List<Integer> paid = framesThatPaid(decoder, emptyFrames(3 * K + 2, 1L));

        assertThat(paid).containsExactly(0, K, 2 * K, 3 * K);
    }

    @Test
    void without_spare_when_idle_every_empty_frame_runs_the_expensive_views() {
        EnumSet<Step> steps = EnumSet.allOf(Step.class);
        steps.remove(Step.SPARE_WHEN_IDLE);
        QrFrameDecoder decoder = new QrFrameDecoder(steps);

        List<Integer> paid = framesThatPaid(decoder, emptyFrames(2 * K, 2L));

        assertThat(paid).hasSize(2 * K);
    }

    @Test
    void after_a_code_is_read_every_frame_gets_the_full_cascade_for_n_frames_then_every_kth() {
        QrFrameDecoder decoder = new QrFrameDecoder();
        framesThatPaid(decoder, emptyFrames(K + 1, 3L)); // idle, at some phase other than 0
        byte[] card = QrPictures.draw(QrPictures.modules("GATE 7", "UTF-8"), 4, 240, 240, 60, 60, false);
        assertThat(decoder.decode(LumaFrame.packed(card, 240, 240))).map(DecodedCode::text).contains("GATE 7");

        List<Integer> paid = framesThatPaid(decoder, emptyFrames(N + 2 * K + 1, 4L));

        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            expected.add(i);
        }
        expected.addAll(List.of(N, N + K, N + 2 * K));
        assertThat(paid).containsExactlyElementsOf(expected);
    }

    @Test
    void a_code_only_the_doubled_view_reads_is_not_read_by_the_cheap_views() throws Exception {
        LumaFrame hard = ImageFiles.read(HARD_PHOTO);
        EnumSet<Step> cheap = EnumSet.allOf(Step.class);
        cheap.removeAll(EnumSet.of(Step.QUARTER_TURN, Step.DOUBLED, Step.RESAMPLE));
        EnumSet<Step> allButDoubled = EnumSet.allOf(Step.class);
        allButDoubled.remove(Step.DOUBLED);

        assertThat(new QrFrameDecoder(cheap).decode(hard)).isEmpty();
        assertThat(new QrFrameDecoder(allButDoubled).decode(hard)).isEmpty();
        assertThat(new QrFrameDecoder().decode(hard)).map(DecodedCode::text).contains(expectedText());
    }

    @Test
    void a_hard_code_shown_after_a_run_of_empty_frames_is_read_on_the_next_frame_with_every_view_within_k() throws Exception {
        LumaFrame hard = ImageFiles.read(HARD_PHOTO);
        String expected = expectedText();

        for (int run = 1; run <= 2 * K; run++) {
            QrFrameDecoder decoder = new QrFrameDecoder();
            for (LumaFrame empty : emptyFrames(run, 10L + run)) {
                assertThat(decoder.decode(empty)).isEmpty();
            }
            int frames = 0;
            DecodedCode code = null;
            while (code == null && frames < 3 * K) {
                frames++;
                code = decoder.decode(hard).orElse(null);
            }

            // The fresh decoder's first frame is phase 0, so after `run` frames the next full one is this far off.
            assertThat(frames).as("frames to read after %d empty ones", run).isEqualTo(1 + (K - run % K) % K);
            assertThat(frames).isLessThanOrEqualTo(K);
            assertThat(code.text()).isEqualTo(expected);
        }
    }

    @Test
    void the_policy_alone_gives_phase_zero_first_and_a_full_window_after_each_code() {
        IdleViews idle = new IdleViews();
        List<Boolean> due = new ArrayList<>();
        for (int i = 0; i < K + 1; i++) {
            due.add(idle.expensiveViewsDue());
        }
        idle.codeRead();
        int dueAfterCode = 0;
        for (int i = 0; i < N; i++) {
            dueAfterCode += idle.expensiveViewsDue() ? 1 : 0;
        }

        assertThat(due.get(0)).isTrue();
        assertThat(due.subList(1, K)).containsOnly(false);
        assertThat(due.get(K)).isTrue();
        assertThat(dueAfterCode).isEqualTo(N);
        assertThat(idle.expensiveViewsDue()).isTrue(); // first idle frame after the window
        assertThat(idle.expensiveViewsDue()).isFalse();
    }

    /** Indexes of the frames on which the decoder read a turned or doubled view. */
    private static List<Integer> framesThatPaid(QrFrameDecoder decoder, List<LumaFrame> frames) {
        List<Integer> paid = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            long before = decoder.expensiveViewReads();
            assertThat(decoder.decode(frames.get(i))).isEmpty();
            if (decoder.expensiveViewReads() > before) {
                paid.add(i);
            }
        }
        return paid;
    }

    /** 240x240 views of an empty gate: light falling off across the frame and sensor noise, different each frame. */
    private static List<LumaFrame> emptyFrames(int count, long seed) {
        Random random = new Random(seed);
        List<LumaFrame> frames = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            byte[] grey = new byte[240 * 240];
            for (int y = 0; y < 240; y++) {
                for (int x = 0; x < 240; x++) {
                    double light = 200 - 0.15 * x - 0.1 * y + random.nextGaussian() * 6;
                    grey[y * 240 + x] = (byte) Math.max(0, Math.min(255, (int) light));
                }
            }
            frames.add(LumaFrame.packed(grey, 240, 240));
        }
        return frames;
    }

    private static String expectedText() throws Exception {
        return Files.readString(HARD_PHOTO.resolveSibling("23.txt"), StandardCharsets.UTF_8);
    }
}
