package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.testing.LogCapture;

/** The camera command failing, missing and being stopped: real processes, real pipes. */
class CameraCommandLifecycleIT {

    private static final int GREY_BYTES = TestFrames.WIDTH * TestFrames.HEIGHT;
    private static final int PACE_MILLIS = 30;

    @TempDir
    Path dir;

    private final CameraRuns runs = new CameraRuns();
    private final FrameSequence frames = new FrameSequence();

    @AfterEach
    void closeSources() {
        runs.close();
    }

    @Test
    void a_command_dying_mid_frame_is_restarted_and_the_partial_frame_is_never_decoded() {
        List<byte[]> before = frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 2);
        byte[] cut = frames.show(TestCodes.BHYT, TestFramesTest.BHYT_LOOK, 1).get(0);
        List<byte[]> after = frames.show(TestCodes.QG1, TestFramesTest.QG1_LOOK, 10);
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .frames(before, PACE_MILLIS).partial(cut, GREY_BYTES / 2).exit(1)
                .frames(after, PACE_MILLIS);
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);

        try (LogCapture logs = new LogCapture(CameraCodeSource.class, Level.INFO)) {
            CameraCodeSource source = runs.start(settings(script.command()), decoder);
            CameraRuns.awaitAllDecoded(source, before.size() + after.size());

            assertThat(runs.texts()).containsExactly(TestCodes.CCCD, TestCodes.QG1);
            assertThat(decoder.decodes()).allMatch(RecordingDecoder.Decode::whole)
                    .noneMatch(d -> d.headIndex() == 2 || d.tailIndex() == 2);
            assertThat(source.counters().commandStarts()).isEqualTo(2);
            assertThat(script.runsStarted()).isEqualTo(2);
            assertThat(source.connected()).isTrue();
            // the script now runs on without writing: a stalled camera
            assertThat(source.connectedAt(System.nanoTime() + CameraCodeSource.STALL_NANOS)).isFalse();
            // The shared backoff draws each wait from the upper half of its step: 125-250 ms first.
            assertThat(logs.messages(Level.WARN)).singleElement().asString().matches(java.util.regex.Pattern.quote(
                    "camera:sh: the camera command ended mid-frame after " + GREY_BYTES / 2 + " of " + GREY_BYTES
                            + " bytes; the partial frame is dropped (exit status 1); restarting in ") + "(1[2-9]\\d|2[0-4]\\d|250) ms");
            CameraRuns.assertNoPersonalData(logs.all());
        }
    }

    @Test
    void a_command_that_does_not_exist_is_reported_once_and_tried_again() {
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);
        try (LogCapture logs = new LogCapture(CameraCodeSource.class, Level.DEBUG)) {
            CameraCodeSource source = runs.start(settings(List.of("/nonexistent/qrgate-camera-tool", "-o", "-")), decoder);

            await().atMost(10, TimeUnit.SECONDS).until(() -> source.counters().commandStarts() >= 3);

            assertThat(source.connected()).isFalse();
            assertThat(logs.messages(Level.WARN)).singleElement().asString()
                    .startsWith("camera:/nonexistent/qrgate-camera-tool: cannot start the camera command (")
                    .contains("No such file or directory")
                    .matches(".*; retrying in (1[2-9]\\d|2[0-4]\\d|250) ms");
            assertThat(logs.messages(Level.DEBUG)).anyMatch(m -> m.contains("cannot start the camera command")
                    && m.matches(".*; retrying in (2[5-9]\\d|[34]\\d\\d|500) ms"));
            assertThat(source.threads()).anyMatch(Thread::isAlive);
            source.close();
            assertThat(source.threads()).noneMatch(Thread::isAlive);
            assertThat(runs.scans()).isEmpty();
        }
    }

    @Test
    void a_command_that_keeps_failing_at_once_is_warned_about_once_with_its_exit_status() {
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO);
        try (LogCapture logs = new LogCapture(CameraCodeSource.class, Level.DEBUG)) {
            CameraCodeSource source = runs.start(settings(List.of("sh", "-c", "echo 'ERROR: no cameras available' >&2; exit 3")),
                    decoder);

            await().atMost(10, TimeUnit.SECONDS).until(() -> source.counters().commandStarts() >= 3);

            assertThat(logs.messages(Level.WARN)).singleElement().asString()
                    .matches("camera:sh: the camera command ended \\(exit status 3\\); restarting in (1[2-9]\\d|2[0-4]\\d|250) ms");
            assertThat(logs.messages(Level.DEBUG))
                    .anyMatch(m -> m.matches("camera:sh: the camera command ended \\(exit status 3\\); restarting in "
                            + "(2[5-9]\\d|[34]\\d\\d|500) ms"))
                    .contains("camera:sh says: ERROR: no cameras available");
            assertThat(source.connected()).isFalse();
            assertThat(source.counters().framesRead()).isZero();
        }
    }

    @Test
    void close_stops_the_command_and_its_children_and_drops_a_code_decoded_meanwhile() throws IOException {
        FrameScript script = new FrameScript(dir, GREY_BYTES)
                .writePid("shell.pid").startChild("child.pid")
                .frames(frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 3), PACE_MILLIS);
        // slow enough that close() comes while the first frame, which shows a code, is being decoded
        RecordingDecoder decoder = new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ofMillis(600));
        CameraCodeSource source = runs.start(settings(script.command()), decoder);
        await().atMost(10, TimeUnit.SECONDS).until(() -> decoder.firstDecodeStarted().getCount() == 0);
        long shell = script.pid("shell.pid");
        long child = script.pid("child.pid");
        assertThat(running(child)).isTrue();

        source.close();

        assertThat(decoder.decodesOf(TestCodes.CCCD)).isEqualTo(1);
        assertThat(runs.scans()).isEmpty();
        assertThat(source.counters().codesReported()).isZero();
        assertThat(source.threads()).noneMatch(Thread::isAlive);
        assertThat(running(shell)).isFalse();
        assertThat(running(child)).isFalse();
        assertThat(source.connected()).isFalse();
    }

    @Test
    void a_source_starts_once_and_not_after_close() {
        CameraCodeSource source = runs.start(settings(List.of("/nonexistent/qrgate-camera-tool")),
                new RecordingDecoder(new PlainZxingFrameDecoder(), Duration.ZERO));

        assertThatThrownBy(() -> source.start(scan -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("camera:/nonexistent/qrgate-camera-tool was already started");
        source.close();
        source.close();
        assertThatThrownBy(() -> source.start(scan -> { })).isInstanceOf(IllegalStateException.class)
                .hasMessage("camera:/nonexistent/qrgate-camera-tool is closed and cannot start again");
    }

    /**
     * Not gone and not a zombie. The orphaned child is reparented to PID 1, which in some containers
     * reaps late, and ProcessHandle.isAlive counts a zombie as alive.
     */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text = Files.readString(stat);
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private static CameraSettings settings(List<String> command) {
        return CameraSettings.of(command, TestFrames.WIDTH, TestFrames.HEIGHT, PixelFormat.GREY)
                .goneAfter(Duration.ofMillis(400)).restartBackoffMax(Duration.ofMillis(500)).build();
    }
}
