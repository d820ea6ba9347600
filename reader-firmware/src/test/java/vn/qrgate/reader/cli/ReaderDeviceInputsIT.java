package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.reader.testing.AgentJar;

/** The built jar reading its scans from the new inputs, configured as a technician would. */
class ReaderDeviceInputsIT {

    @TempDir
    Path dir;

    private AgentJar agent;

    @AfterEach
    void stop() throws Exception {
        if (agent != null) {
            agent.close();
        }
    }

    private Path config(String input) throws IOException {
        Path file = dir.resolve("reader.yaml");
        Files.writeString(file, String.join("\n",
                "device: {id: inputs-it-1, venue: V58-RUN}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - " + input,
                "duplicates: {window: 0s}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}", ""));
        return file;
    }

    private void start(Path config) throws IOException {
        agent = AgentJar.run(config, dir.resolve("log.txt"));
    }

    private String log() throws IOException {
        return agent.log();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ReaderDeviceInputsIT.class.getResourceAsStream("/evdev/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void a_keyboard_wedge_reader_on_an_event_device_is_read_and_a_typed_cccd_is_refused_with_the_serial_mode_hint()
            throws Exception {
        Path device = dir.resolve("event-kbd");
        assertThat(new ProcessBuilder("mkfifo", device.toString()).start().waitFor()).isZero();
        start(config("{type: keyboard-wedge, reader: generic-keyboard-wedge, device: " + device + "}"));

        // Opening the pipe for writing waits until the agent opens it for reading.
        try (OutputStream keys = new FileOutputStream(device.toFile())) {
            keys.write(fixture("pccovid-caps-lock.bin"));
            keys.write(fixture("cccd-question-marks.bin"));
            keys.write(fixture("dropped-letters-cccd.bin"));
            keys.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> log().contains("seq 3 "));
        }

        String log = log();
        assertThat(log).contains("reading from hid:" + device)
                .contains("seq 1 PCCOVID ACCEPTED IN")
                .contains("seq 2 CCCD REJECTED IN MALFORMED")
                .contains("seq 3 CCCD REJECTED IN MALFORMED")
                .contains("could not grab");
        assertThat(log).doesNotContain("Nguyn").doesNotContain("001090001234");
    }
}
