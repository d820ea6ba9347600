package vn.qrgate.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GatewayMainTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = GatewayMain.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpNamesTheCommandsAndExitStatuses() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("run", "check-config", "Exit status", "2", "bad usage");
    }

    @Test
    void runHelpExplainsEveryOption() {
        assertThat(run("run", "--help")).isZero();
        assertThat(out.toString()).contains("-c, --config=FILE", "SIGTERM", "QRGATE_LOG_LEVEL", "-h, --help",
                "-V, --version");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("serve")).isEqualTo(2);
        assertThat(run("run")).isEqualTo(2);
        assertThat(err.toString()).contains("--config");
    }

    @Test
    void runRefusesAConfigWithErrorsAndExitsTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, "gatewayId: gw-1\n");

        assertThat(run("run", "--config", file.toString())).isEqualTo(2);
    }
}
