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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.TestVectors;

/** The agent as systemd runs it: the built jar, a config file, a real outbox, SIGTERM. */
class ReaderRunIT {

    private static final Path JAR = Paths.get("target", "qrgate-reader.jar");

    @TempDir
    Path dir;

    private Path config(String extra) throws IOException {
        Path file = dir.resolve("reader.yaml");
        Files.writeString(file, String.join("\n",
                "device: {id: run-it-1, venue: V58-RUN}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}",
                extra, ""));
        return file;
    }

    private Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
    }

    private List<String> outboxRows() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("outbox.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq FROM outbox ORDER BY seq")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    @Test
    void everyCodeOnStandardInputIsRecordedAndTheAgentStopsAtItsEnd() throws Exception {
        Process p = start("run", "--config", config("duplicates: {window: 0s}").toString());
        try (OutputStream in = p.getOutputStream()) {
            for (TestVectors.Row row : TestVectors.rows()) {
                if (row.decision().equals("ACCEPTED") || row.id().startsWith("cccd-")) {
                    in.write(row.input());
                    in.write('\n');
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String log = log();
        assertThat(p.exitValue()).as(log).isZero();
        long expected = TestVectors.rows().stream()
                .filter(r -> r.decision().equals("ACCEPTED") || r.id().startsWith("cccd-")).count();
        assertThat(outboxRows()).hasSize((int) expected);
        assertThat(log).contains("ready", "all outputs off", "stopped")
                .doesNotContain("058190001234").doesNotContain("Bình").doesNotContain("BINH");
    }

    @Test
    void sigtermStopsTheAgentCleanlyWithTheGateShut() throws Exception {
        Process p = start("run", "--config", config("").toString());
        OutputStream in = p.getOutputStream();
        in.write((TestVectors.text("cccd-ok-1") + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!log().contains("seq 1 ") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(log()).contains("seq 1 CCCD ACCEPTED IN");

        // Process.destroy() would also close the agent's stdin, racing SIGTERM with end of input.
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(log()).isEqualTo(143);
        assertThat(log()).contains("stopping", "all outputs off", "stopped");
        assertThat(outboxRows()).containsExactly("1");
    }

    @Test
    void aConfigWithErrorsListsThemAndStartsNothing() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "device: {id: X, venue: V}\nmode: gat\ndirection: UP\nhardware: {board: simulated}\n"
                + "inputs: []\noutbx: {}\n");

        Process p = start("run", "--config", bad.toString());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(log()).contains("device.id", "mode", "direction", "outbx", "nothing was started");
        assertThat(Files.exists(dir.resolve("outbox.db"))).isFalse();
    }
}
