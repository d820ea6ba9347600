package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.testing.AgentJar;

/**
 * The built jar with a camera input as a technician writes it: the real decoder, a child process
 * writing raw YUV420 frames, the outbox. Each card shown for many frames is one check-in.
 */
class CameraAgentRunIT {

    private static final int PACE_MILLIS = 33;

    @TempDir
    Path dir;

    private AgentJar agent;

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
    }

    private String log() throws IOException {
        return agent.log();
    }

    @Test
    void a_card_held_in_front_of_the_camera_is_one_check_in_and_shown_again_after_leaving_view_is_another()
            throws Exception {
        FrameSequence frames = new FrameSequence();
        FrameScript script = new FrameScript(dir, PixelFormat.YUV420.frameBytes(TestFrames.WIDTH, TestFrames.HEIGHT))
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.blank(5)), PACE_MILLIS)
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 20)),
                        PACE_MILLIS)
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.blank(30)), PACE_MILLIS)
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.show(TestCodes.CCCD, TestFramesTest.CCCD_LOOK, 20)),
                        PACE_MILLIS)
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.show(TestCodes.BHYT, TestFramesTest.BHYT_LOOK, 20)),
                        PACE_MILLIS)
                .frames(FrameSequence.in(PixelFormat.YUV420, frames.blank(5)), PACE_MILLIS);
        Path config = dir.resolve("reader.yaml");
        Files.writeString(config, String.join("\n",
                "device: {id: camera-it-1, venue: V58-RUN}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - type: camera",
                "    reader: pi-camera-rpicam",
                "    goneAfter: 500ms",
                "    command: [" + String.join(", ", script.command().stream().map(a -> "'" + a.replace("'", "''") + "'")
                        .toList()) + "]",
                "duplicates: {window: 0s}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}", ""));

        agent = AgentJar.run(config, dir.resolve("log.txt"));

        await().atMost(Duration.ofSeconds(60)).until(() -> log().contains("seq 3 "));
        Thread.sleep(1000);

        String log = log();
        Matcher checkins = Pattern.compile("seq (\\d+) (\\w+) (\\w+) IN").matcher(log);
        StringBuilder seen = new StringBuilder();
        while (checkins.find()) {
            seen.append(checkins.group(2)).append(' ').append(checkins.group(3)).append('\n');
        }
        assertThat(seen.toString()).isEqualTo("CCCD ACCEPTED\nCCCD ACCEPTED\nBHYT ACCEPTED\n");
        assertThat(log).contains("reading from camera:");
        for (String number : TestCodes.DOCUMENT_NUMBERS) {
            assertThat(log).doesNotContain(number);
        }
    }
}
