package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.reader.testing.TestGateway;

/** The jar as systemd runs it, with a broker: the retained status while it runs, the last will when it dies. */
class ReaderMqttRunIT {

    private static final Path JAR = Paths.get("target", "qrgate-reader.jar");
    private static final DeviceId DEVICE = DeviceId.of("kiosk-run-mqtt");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CCCD_NUMBER = "058190001234";

    @TempDir
    Path dir;

    private PrivateMosquitto broker;
    private TestGateway gateway;
    private Process reader;

    @AfterEach
    void closeAll() {
        if (reader != null) {
            reader.destroyForcibly();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private Path config() throws IOException {
        Path file = dir.resolve("reader.yaml");
        Files.writeString(file, String.join("\n",
                "device: {id: " + DEVICE + ", venue: V58-RUN}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + ", capacity: 4, nearlyFullAt: 50%}",
                "duplicates: {window: 0s}",
                "mqtt: {uri: \"" + broker.uri() + "\", reconnectMin: 100ms, reconnectMax: 1s}",
                ""));
        return file;
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void theRetainedStatusShowsBacklogAndAlarmsAndAKilledReaderLeavesItsLastWill() throws Exception {
        broker = PrivateMosquitto.in(dir.resolve("broker")).start();
        gateway = TestGateway.connect(broker.uri());
        gateway.holdAcks();
        reader = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString(), "run", "--config", config().toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        await().atMost(PATIENCE).until(() -> gateway.status(DEVICE).map(DeviceStatus::online).orElse(false));

        OutputStream stdin = reader.getOutputStream();
        for (String vector : List.of("cccd-ok-1", "cccd-ok-no-cmnd", "bhyt17-ok")) {
            stdin.write(TestVectors.row(vector).input());
            stdin.write('\n');
        }
        stdin.flush();

        // Housekeeping notices the outbox is half full; the alarm change publishes the status at once.
        await().atMost(PATIENCE).until(() -> gateway.status(DEVICE)
                .filter(s -> s.alarms().contains("OUTBOX_NEARLY_FULL")).isPresent());
        DeviceStatus status = gateway.status(DEVICE).orElseThrow();
        assertThat(status.backlog()).isEqualTo(3);
        assertThat(status.oldestUnacked()).isPresent();
        assertThat(status.firmware()).isPresent();
        assertThat(gateway.eventIds()).hasSizeGreaterThanOrEqualTo(3);

        reader.destroyForcibly();
        assertThat(reader.waitFor(10, TimeUnit.SECONDS)).isTrue();

        await().atMost(PATIENCE).until(() -> gateway.status(DEVICE).map(s -> !s.online()).orElse(false));
        assertThat(log()).contains("mqtt: connected").doesNotContain(CCCD_NUMBER).doesNotContain("Bình");
    }
}
