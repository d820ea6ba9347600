package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.FileChecks;

/** selftest on the simulated board: every output step, then one scan judged and shown masked. */
class SelftestCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(InputStream stdin, String... extra) throws IOException {
        Path config = dir.resolve("reader.yaml");
        Files.writeString(config, String.join("\n", "device: {id: selftest-1, venue: V58-SELF}", "mode: gate",
                "direction: IN", "hardware: {board: simulated}", "inputs:", "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}", ""));
        AgentWiring.Options options = AgentWiring.Options.defaults().withStdin(stdin, () -> { })
                .withClock(TestVectors.clock(), () -> true);
        SelftestCommand command = new SelftestCommand(new ConfigLoader(Map.of(), FileChecks.real()), options,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String[] args = new String[extra.length + 4];
        args[0] = "--config";
        args[1] = config.toString();
        args[2] = "--pause";
        args[3] = "10ms";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return new CommandLine(command).execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyStepRunsAndTheScannedCodeIsShownMasked() throws IOException {
        byte[] code = (TestVectors.text("cccd-ok-1") + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(run(new ByteArrayInputStream(code))).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(stdout()).contains("1. accepted", "2. rejected", "3. alarm", "4. direction input reads IN",
                "5. show a code", "CCCD ACCEPTED: CCCD ******001234, T. T. BÌNH, born **/**/1990 (direction IN)");
        assertThat(stdout()).doesNotContain("058190001234").doesNotContain("Trần");
        assertThat(Files.exists(dir.resolve("outbox.db"))).as("selftest records nothing").isFalse();
    }

    @Test
    void aRejectedCodeShowsItsReasonAndHint() throws IOException {
        byte[] code = (TestVectors.text("wedge-mangled-cccd") + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(run(new ByteArrayInputStream(code))).isZero();

        assertThat(stdout()).contains("CCCD REJECTED MALFORMED", "USB-COM/serial mode");
    }

    @Test
    void noScanBeforeTheTimeoutExitsWithThreeAndSaysWhatToCheck() throws IOException {
        try (PipedOutputStream keepOpen = new PipedOutputStream(); PipedInputStream silent = new PipedInputStream(keepOpen)) {
            assertThat(run(silent, "--timeout", "1s")).isEqualTo(SelftestCommand.EXIT_NO_SCAN);
        }

        assertThat(stdout()).contains("no code read", "serial mode");
    }
}
