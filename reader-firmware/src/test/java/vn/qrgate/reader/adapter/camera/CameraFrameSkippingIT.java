package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decoder slower than the camera: frames are skipped, never queued, so the decoder is always at
 * most a frame or two behind the newest one, and the newest frame is always decoded in the end.
 */
class CameraFrameSkippingIT {

    private static final int GREY_BYTES = TestFrames.WIDTH * TestFrames.HEIGHT;
    // a queue would fall further behind by (DECODE / PACE - 1) frames per decode; the handover may not
    private static final int PACE_MILLIS = 20;
    private static final Duration DECODE = Duration.ofMillis(100);
    // frames that may arrive between the decoder taking a frame and noting the count, on a busy machine
    private static final long MAX_LAG = 3;

    @TempDir
    Path dir;

    private final CameraRuns runs = new CameraRuns();
    private final FrameSequence frames = new FrameSequence();

    @AfterEach
    void closeSources() {
        runs.close();
    }

    @Test
    void a_slow_decoder_makes_the_source_skip_frames_and_always_decode_a_recent_one() {
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .frames(frames.blank(30), PACE_MILLIS)
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 30), PACE_MILLIS);
        RecordingDecoder slow = new RecordingDecoder(new PlainZxingFrameDecoder(), DECODE);
        CameraSettings settings = CameraSettings.of(script.command(), TestFrames.WIDTH, TestFrames.HEIGHT,
                PixelFormat.GREY).goneAfter(Duration.ofSeconds(1)).build();

        CameraCodeSource source = runs.start(settings, slow);
        CameraRuns.awaitAllDecoded(source, frames.count());

        CameraCounters counters = source.counters();
        assertThat(counters.framesSkipped()).isPositive();
        assertThat(counters.framesRead()).isEqualTo(counters.framesDecoded() + counters.framesSkipped());
        List<RecordingDecoder.Decode> decodes = slow.decodes();
        assertThat(decodes).hasSize((int) counters.framesDecoded());
        assertThat(decodes).allSatisfy(d -> assertThat(d.lag()).isBetween(0L, MAX_LAG));
        assertThat(decodes.get(decodes.size() - 1).headIndex()).isEqualTo(frames.count() - 1);
        assertThat(runs.texts()).containsExactly(TestCodes.CCCD);
    }

    @Test
    void the_reported_scan_carries_the_arrival_time_of_a_frame_that_showed_the_code() {
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .frames(frames.blank(10), 0)
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 20), PACE_MILLIS);
        RecordingDecoder slow = new RecordingDecoder(new PlainZxingFrameDecoder(), DECODE);
        CameraSettings settings = CameraSettings.of(script.command(), TestFrames.WIDTH, TestFrames.HEIGHT,
                PixelFormat.GREY).build();
        long before = System.nanoTime();

        CameraCodeSource source = runs.start(settings, slow);
        CameraRuns.awaitAllDecoded(source, frames.count());
        long after = System.nanoTime();

        assertThat(runs.scans()).singleElement().satisfies(scan ->
                assertThat(scan.receivedNanos()).isBetween(before, after));
        RecordingDecoder.Decode reporting = slow.decodes().stream().filter(d -> d.text().isPresent()).findFirst().orElseThrow();
        assertThat(reporting.headIndex()).isGreaterThanOrEqualTo(10);
        assertThat(reporting.lag()).isBetween(0L, MAX_LAG);
    }
}
