package vn.qrgate.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RegistryMainTest {

    private static final String TOKEN = "a-gateway-token-0123456789";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = RegistryMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path file(String yaml) throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void checkConfigOnABadFileExits2AndListsEveryError() throws Exception {
        Path bad = file("http: {port: 99999}\nstore: {kind: mysql}\nvenues: []\ngateways: [{id: gw-1, token: short}]\nmaxbatch: 5\n");

        int status = run("check-config", "--config", bad.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("4 errors in " + bad, "http.port: 99999", "store.kind: mysql",
                "gateways[1].token: ***", "maxbatch: 5 — unknown key 'maxbatch'; did you mean 'maxBatch'?",
                "does not start with this config").doesNotContain("short");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkConfigOnAGoodFileSaysOkAndSummarisesWithoutSecrets() throws Exception {
        Path good = file("venues: [{id: v1, name: Chợ}]\ngateways: [{id: gw-1, token: " + TOKEN + "}]\n");

        int status = run("check-config", "--config", good.toString());

        assertThat(status).isZero();
        assertThat(out.toString()).startsWith("OK: ").contains("listen:    http://127.0.0.1:8080",
                "sqlite " + dir.resolve("registry.db"), "retention: 30d", "gateways:  1 (gw-1), tokens ***")
                .doesNotContain(TOKEN);
        assertThat(Files.exists(dir.resolve("registry.db"))).as("check-config opens no database").isFalse();
    }

    @Test
    void runWithABadConfigExits2AndStartsNothing() throws Exception {
        Path bad = file("venues: [{id: v1, name: V}]\ngateways: [{id: gw-1, token: " + TOKEN + "}]\nretention: forever\n");

        int status = run("run", "--config", bad.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("retention: forever", "Nothing was started");
        assertThat(Files.exists(dir.resolve("registry.db"))).isFalse();
    }

    @Test
    void helpExplainsEveryCommandAndOption() {
        assertThat(run("--help")).isZero();
        assertThat(run("run", "--help")).isZero();
        assertThat(run("check-config", "--help")).isZero();

        assertThat(out.toString()).contains("run", "check-config", "--config=FILE", "SIGTERM", "QRGATE_LOG_LEVEL",
                "Exit status", "143", "/api/v1/checkins");
    }

    @Test
    void noCommandOrAMissingConfigIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("run")).isEqualTo(2);
        assertThat(err.toString()).contains("name a command", "--config");
    }
}
