package vn.qrgate.reader.adapter.camera;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.testing.LogCapture;

class CommandStderrTest {

    private static final Class<?> LOGGER = CommandStderrTest.class;

    @Test
    void each_line_is_logged_at_debug_with_the_program_named() {
        try (LogCapture logs = new LogCapture(LOGGER, Level.DEBUG)) {
            drain("Preview window unavailable\r\n#0 (0.00 fps) exp 33000\r#1 (30.0 fps)\n");

            assertThat(logs.messages(Level.DEBUG)).containsExactly(
                    "camera:rpicam-vid says: Preview window unavailable",
                    "camera:rpicam-vid says: #0 (0.00 fps) exp 33000",
                    "camera:rpicam-vid says: #1 (30.0 fps)");
        }
    }

    @Test
    void long_lines_are_cut_and_marked() {
        try (LogCapture logs = new LogCapture(LOGGER, Level.DEBUG)) {
            drain("x".repeat(5_000) + "\nshort");

            assertThat(logs.messages()).containsExactly(
                    "camera:rpicam-vid says: " + "x".repeat(CommandStderr.MAX_LINE_CHARS) + " [cut]",
                    "camera:rpicam-vid says: short");
        }
    }

    @Test
    void only_the_first_lines_of_a_run_are_logged_but_all_are_read() {
        ByteArrayInputStream err = new ByteArrayInputStream("frame\n".repeat(10_000).getBytes(UTF_8));
        try (LogCapture logs = new LogCapture(LOGGER, Level.DEBUG)) {
            new CommandStderr(err, "camera:rpicam-vid", LoggerFactory.getLogger(LOGGER)).run();

            assertThat(logs.messages()).hasSize(CommandStderr.MAX_LINES + 1);
            assertThat(logs.messages().get(CommandStderr.MAX_LINES))
                    .isEqualTo("camera:rpicam-vid: further output of this run is not logged");
            assertThat(err.available()).isZero();
        }
    }

    @Test
    void control_characters_are_shown_as_question_marks() {
        try (LogCapture logs = new LogCapture(LOGGER, Level.DEBUG)) {
            drain("\u001b[31mred\u001b[0m\n");

            assertThat(logs.messages()).containsExactly("camera:rpicam-vid says: ?[31mred?[0m");
        }
    }

    private static void drain(String text) {
        new CommandStderr(new ByteArrayInputStream(text.getBytes(UTF_8)), "camera:rpicam-vid",
                LoggerFactory.getLogger(LOGGER)).run();
    }
}
