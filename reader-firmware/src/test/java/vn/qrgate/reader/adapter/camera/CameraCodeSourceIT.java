package vn.qrgate.reader.adapter.camera;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.testing.LogCapture;
import vn.qrgate.reader.testing.ManualClock;

/**
 * The camera input against a real child process writing raw frames of real QR codes: a shell script
 * stands in for rpicam-vid or ffmpeg, and the plain ZXing decoder reads the frames.
 */
class CameraCodeSourceIT {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final Duration GONE_AFTER = Duration.ofMillis(400);
    private static final int PACE_MILLIS = 30;
    private static final int GREY_BYTES = TestFrames.WIDTH * TestFrames.HEIGHT;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(NOW);
    private final List<RawScan> scans = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<CameraCodeSource> sources = new ArrayList<>();
    private int nextIndex;

    @AfterEach
    void closeSources() {
        sources.forEach(CameraCodeSource::close);
    }

    @ParameterizedTest
    @EnumSource(PixelFormat.class)
    void each_code_is_reported_once_while_in_view_and_a_cut_off_code_never(PixelFormat format) {
        FrameScript script = new FrameScript(dir, format.frameBytes(TestFrames.WIDTH, TestFrames.HEIGHT))
                .say("camera ready")
                .frames(in(format, show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 12)), PACE_MILLIS)
                .frames(in(format, show(TestCodes.BHYT, TestFramesTest.BHYT_LOOK, 12)), PACE_MILLIS)
                .frames(in(format, show(TestCodes.QG1, TestFramesTest.QG1_LOOK, 12)), PACE_MILLIS)
                .frames(in(format, show(TestCodes.CUT_OFF, TestFramesTest.CUT_OFF_LOOK, 12)), PACE_MILLIS)
                .frames(in(format, blank(6)), PACE_MILLIS);
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);

        try (LogCapture logs = new LogCapture(CameraCodeSource.class, Level.DEBUG)) {
            CameraCodeSource source = start(settings(script, format), decoder);
            awaitAllDecoded(source, nextIndex);

            assertThat(texts()).containsExactly(TestCodes.CCCD, TestCodes.BHYT, TestCodes.QG1);
            // once per appearance although each was read from several frames
            assertThat(decoder.decodesOf(TestCodes.CCCD)).isGreaterThan(1);
            assertThat(decoder.decodesOf(TestCodes.BHYT)).isGreaterThan(1);
            assertThat(decoder.decodesOf(TestCodes.QG1)).isGreaterThan(1);
            assertThat(decoder.decodes()).allMatch(RecordingDecoder.Decode::whole);
            assertThat(scans).allSatisfy(scan -> {
                assertThat(scan.source()).isEqualTo(ScanSource.CAMERA);
                assertThat(scan.receivedAt()).isEqualTo(NOW);
            });
            assertThat(source.counters().codesReported()).isEqualTo(3);
            assertThat(source.connected()).isTrue();
            assertThat(logs.messages(Level.DEBUG)).contains("camera:sh says: camera ready");
            assertNoPersonalData(logs.all());
        }
    }

    @Test
    void a_code_that_leaves_the_view_is_reported_again_but_a_few_missed_frames_are_not_leaving() {
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .frames(show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS)
                // about 100 ms without the code: a decoder's bad moment, not the card taken away
                .frames(blank(3), PACE_MILLIS)
                .frames(show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS)
                // well over gone-after: the card was taken away
                .frames(blank(20), PACE_MILLIS)
                .frames(show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 8), PACE_MILLIS);
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);

        CameraCodeSource source = start(settings(script, PixelFormat.GREY), decoder);
        awaitAllDecoded(source, nextIndex);

        assertThat(texts()).containsExactly(TestCodes.CCCD, TestCodes.CCCD);
        assertThat(decoder.decodesOf(TestCodes.CCCD)).isGreaterThan(3);
        // the second report came from the last appearance, after the long gap
        long secondArrival = scans.get(1).receivedNanos();
        assertThat(scans.get(0).receivedNanos()).isLessThan(secondArrival);
    }

    private CameraSettings settings(FrameScript script, PixelFormat format) {
        return CameraSettings.of(script.command(), TestFrames.WIDTH, TestFrames.HEIGHT, format)
                .goneAfter(GONE_AFTER).restartBackoffMax(Duration.ofMillis(500)).build();
    }

    private CameraCodeSource start(CameraSettings settings, RecordingDecoder decoder) {
        CameraCodeSource source = new CameraCodeSource(settings, decoder, clock);
        decoder.watch(source);
        sources.add(source);
        source.start(scans::add);
        return source;
    }

    /** Until every frame was read and the decoder has taken the last one. */
    static void awaitAllDecoded(CameraCodeSource source, long frames) {
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(20)).until(() -> {
            CameraCounters c = source.counters();
            return c.framesRead() == frames && c.framesDecoded() + c.framesSkipped() == frames;
        });
    }

    private List<byte[]> show(String text, TestFrames.Look look, int count) {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(TestFrames.indexed(TestFrames.code(text, look, nextIndex), nextIndex++));
        }
        return frames;
    }

    private List<byte[]> blank(int count) {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(TestFrames.indexed(TestFrames.empty(nextIndex), nextIndex++));
        }
        return frames;
    }

    private static List<byte[]> in(PixelFormat format, List<byte[]> grey) {
        return format == PixelFormat.GREY ? grey : grey.stream().map(TestFrames::asYuv420).toList();
    }

    private List<String> texts() {
        return scans.stream().map(s -> new String(s.bytes(), UTF_8)).toList();
    }

    static void assertNoPersonalData(String logText) {
        for (String number : TestCodes.DOCUMENT_NUMBERS) {
            assertThat(logText).doesNotContain(number);
        }
        assertThat(logText).doesNotContain("Trần").doesNotContain("QG1:").doesNotContain("|");
    }
}
