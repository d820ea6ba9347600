package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.service.testing.NotifySocketListener;

/**
 * The reader jar under a supervisor that does what systemd's {@code Type=notify} + {@code WatchdogSec=} do: it
 * waits for {@code READY=1}, expects {@code WATCHDOG=1} within every interval, and kills and restarts the agent
 * when one is missed. The agent is hung with SIGSTOP; the test shows it is killed and started again, sends READY
 * again, and that every scan it accepted before and after is in the outbox exactly once.
 */
class WatchdogRestartIT {

    private static final Path JAR = Paths.get("target", "qrgate-reader.jar");
    private static final Duration INTERVAL = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void aHungAgentMissesItsWatchdogPingIsRestartedAndLosesNoScan() throws Exception {
        Path config = config();
        try (NotifySocketListener supervisor = NotifySocketListener.atPath(dir)) {
            Process first = start(config, supervisor, "first");
            try (OutputStream scanner = first.getOutputStream()) {
                assertThat(supervisor.await("READY=1", Duration.ofSeconds(60))).as(log("first")).isPresent();
                assertThat(supervisor.await("WATCHDOG=1", INTERVAL)).as("a ping within the interval").isPresent();
                scan(scanner, 5);
                awaitLog("first", "seq 5 CCCD ACCEPTED");

                assertThat(new ProcessBuilder("kill", "-STOP", Long.toString(first.pid())).start().waitFor()).isZero();
                long hungAt = System.nanoTime();
                Duration missed = superviseUntilAPingIsMissed(supervisor, Duration.ofSeconds(20));
                // As systemd: a missed ping is fatal, SIGKILL works on a stopped process.
                first.destroyForcibly();
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

                assertThat(Duration.ofNanos(System.nanoTime() - hungAt)).as("time to notice the hang")
                        .isLessThan(INTERVAL.multipliedBy(3));
                assertThat(missed).isGreaterThanOrEqualTo(INTERVAL);
                assertThat(first.exitValue()).isEqualTo(137);
            }

            Process second = start(config, supervisor, "second");
            try (OutputStream scanner = second.getOutputStream()) {
                assertThat(supervisor.await("READY=1", Duration.ofSeconds(60))).as(log("second")).isPresent();
                assertThat(supervisor.await("WATCHDOG=1", INTERVAL)).isPresent();
                scan(scanner, 3);
                awaitLog("second", "seq 8 CCCD ACCEPTED");
                assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(second.pid())).start().waitFor()).isZero();
                assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).as(log("second")).isEqualTo(143);
                assertThat(supervisor.await("STOPPING=1", Duration.ofSeconds(5))).isPresent();
            } finally {
                second.destroyForcibly();
            }
        }

        List<String[]> rows = outboxRows();
        assertThat(rows).extracting(r -> r[0]).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(new HashSet<>(rows.stream().map(r -> r[1]).toList())).as("distinct event ids").hasSize(8);
    }

    /**
     * The supervisor's watch: every WATCHDOG=1 restarts the timer; returns how long it waited for the ping that did
     * not come. Pings sent just before the hang may still be queued, so it reads on until one interval passes empty.
     */
    private static Duration superviseUntilAPingIsMissed(NotifySocketListener supervisor, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long waitStart = System.nanoTime();
            Optional<String> ping = supervisor.await("WATCHDOG=1", INTERVAL);
            if (ping.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - waitStart);
            }
        }
        throw new AssertionError("the stopped agent kept pinging for " + atMost);
    }

    private Process start(Path config, NotifySocketListener supervisor, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", "--config", config.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("NOTIFY_SOCKET", supervisor.name());
        builder.environment().put("WATCHDOG_USEC", Long.toString(INTERVAL.toNanos() / 1000));
        builder.environment().remove("WATCHDOG_PID");
        return builder.start();
    }

    private Path config() throws IOException {
        Path file = dir.resolve("reader.yaml");
        Files.writeString(file, String.join("\n",
                "device: {id: watchdog-it-1, venue: V58-WD}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}",
                "duplicates: {window: 0s}", ""));
        return file;
    }

    private static void scan(OutputStream scanner, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            scanner.write((TestVectors.text("cccd-ok-1") + "\n").getBytes(StandardCharsets.UTF_8));
        }
        scanner.flush();
    }

    private void awaitLog(String name, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!log(name).contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(log(name)).contains(line);
    }

    private String log(String name) throws IOException {
        Path file = dir.resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private List<String[]> outboxRows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("outbox.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, event_id FROM outbox ORDER BY seq")) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return rows;
    }
}
