package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.testing.LogCapture;

/**
 * The camera input against a real child process writing raw frames of real QR codes: a shell script
 * stands in for rpicam-vid or ffmpeg, and the plain ZXing decoder reads the frames.
 */
class CameraCodeSourceIT {

    private static final Duration GONE_AFTER = Duration.ofMillis(400);
    private static final int PACE_MILLIS = 30;
    private static final int GREY_BYTES = TestFrames.WIDTH * TestFrames.HEIGHT;

    @TempDir
    Path dir;

    private final CameraRuns runs = new CameraRuns();
    private final FrameSequence frames = new FrameSequence();
    private final RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);

    @AfterEach
    void closeSources() {
        runs.close();
    }

    @ParameterizedTest
    @EnumSource(PixelFormat.class)
    void each_code_is_reported_once_while_in_view_and_a_cut_off_code_never(PixelFormat format) {
        FrameScript script = new FrameScript(dir, format.frameBytes(TestFrames.WIDTH, TestFrames.HEIGHT))
                .say("camera ready")
                .frames(FrameSequence.in(format, frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 12)), PACE_MILLIS)
                .frames(FrameSequence.in(format, frames.show(TestCodes.BHYT, TestFramesTest.BHYT_LOOK, 12)), PACE_MILLIS)
                .frames(FrameSequence.in(format, frames.show(TestCodes.QG1, TestFramesTest.QG1_LOOK, 12)), PACE_MILLIS)
                .frames(FrameSequence.in(format, frames.show(TestCodes.CUT_OFF, TestFramesTest.CUT_OFF_LOOK, 12)), PACE_MILLIS)
                .frames(FrameSequence.in(format, frames.blank(6)), PACE_MILLIS);

        try (LogCapture logs = new LogCapture(CameraCodeSource.class, Level.DEBUG)) {
            CameraCodeSource source = runs.start(settings(script, format).build(), decoder);
            CameraRuns.awaitAllDecoded(source, frames.count());

            assertThat(runs.texts()).containsExactly(TestCodes.CCCD, TestCodes.BHYT, TestCodes.QG1);
            // once per appearance although each was read from several frames
            assertThat(decoder.decodesOf(TestCodes.CCCD)).isGreaterThan(1);
            assertThat(decoder.decodesOf(TestCodes.BHYT)).isGreaterThan(1);
            assertThat(decoder.decodesOf(TestCodes.QG1)).isGreaterThan(1);
            assertThat(decoder.decodes()).allMatch(RecordingDecoder.Decode::whole);
            assertThat(runs.scans()).allSatisfy(scan -> {
                assertThat(scan.source()).isEqualTo(ScanSource.CAMERA);
                assertThat(scan.receivedAt()).isEqualTo(CameraRuns.NOW);
            });
            assertThat(source.counters().codesReported()).isEqualTo(3);
            assertThat(source.connected()).isTrue();
            assertThat(logs.messages(Level.DEBUG)).contains("camera:sh says: camera ready");
            CameraRuns.assertNoPersonalData(logs.all());
        }
    }

    @Test
    void a_code_that_leaves_the_view_is_reported_again_but_a_few_missed_frames_are_not_leaving() {
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS)
                // about 100 ms without the code: a decoder's bad moment, not the card taken away
                .frames(frames.blank(3), PACE_MILLIS)
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS)
                // well over gone-after: the card was taken away
                .frames(frames.blank(20), PACE_MILLIS)
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS);

        CameraCodeSource source = runs.start(settings(script, PixelFormat.GREY).build(), decoder);
        CameraRuns.awaitAllDecoded(source, frames.count());

        assertThat(runs.texts()).containsExactly(TestCodes.CCCD, TestCodes.CCCD);
        assertThat(decoder.decodesOf(TestCodes.CCCD)).isGreaterThan(3);
    }

    @Test
    void only_the_region_of_interest_is_decoded() {
        TestFrames.Look plain = TestFrames.Look.plain();
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                // outside the region: left half
                .frames(frames.show(TestCodes.CCCD, plain.at(140, 240), 6), PACE_MILLIS)
                // inside it: right half
                .frames(frames.show(TestCodes.BHYT, plain.at(500, 240), 6), PACE_MILLIS);
        CameraSettings rightHalf = settings(script, PixelFormat.GREY).regionOfInterest(new Region(320, 0, 320, 480)).build();

        CameraCodeSource source = runs.start(rightHalf, decoder);
        CameraRuns.awaitAllDecoded(source, frames.count());

        assertThat(runs.texts()).containsExactly(TestCodes.BHYT);
        // the left code is readable: it was the region that hid it
        assertThat(new PlainZxingFrameDecoder().decode(LumaFrame.packed(
                TestFrames.code(TestCodes.CCCD, plain.at(140, 240), 0), TestFrames.WIDTH, TestFrames.HEIGHT))).isPresent();
    }

    private static CameraSettings.Builder settings(FrameScript script, PixelFormat format) {
        return CameraSettings.of(script.command(), TestFrames.WIDTH, TestFrames.HEIGHT, format)
                .goneAfter(GONE_AFTER).restartBackoffMax(Duration.ofMillis(500));
    }
}
