package vn.qrgate.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.gateway.config.GatewayConfigLoader;

class CheckConfigCommandTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        CommandLine cli = new CommandLine(new CheckConfigCommand(new GatewayConfigLoader(Map.of("TOKEN", "s3cr3t-token")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aConfigWithErrorsListsThemAllAndExitsTwo() throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                gatewayId: gw-1
                mqtt: {uri: tcp://127.0.0.1:1883, pasword: x}
                registry: {url: ftp://registry, token: "${ENV:TOKEN}", batchSize: lots}
                devices: [{id: kiosk-0001, venue: v-1}]
                """);

        int status = run("--config", file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).contains("4 errors in " + file)
                .contains("mqtt.pasword: x — unknown key 'pasword'; did you mean 'password'?")
                .contains("store: (missing) — required section")
                .contains("registry.url: ftp://registry — an http:// or https:// address")
                .contains("registry.batchSize: lots — a whole number from 1 to 10000")
                .doesNotContain("s3cr3t-token");
        assertThat(out()).isEmpty();
    }

    @Test
    void aValidConfigIsSummarisedWithSecretsHiddenAndExitsZero() throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                gatewayId: gw-1
                mqtt: {uri: tcp://127.0.0.1:1883}
                store: {kind: sqlite, path: gateway.db}
                registry: {url: http://127.0.0.1:8080, token: "${ENV:TOKEN}"}
                devices: [{id: kiosk-0001, venue: v-1}]
                """);

        int status = run(file.toString());

        assertThat(status).isZero();
        assertThat(out()).contains("is valid", "qrgate-gateway-gw-1", "sqlite " + dir.resolve("gateway.db"),
                "http://127.0.0.1:8080/api/v1/checkins (token ***)").doesNotContain("s3cr3t-token");
    }

    @Test
    void theFileMustBeNamedOnce() {
        assertThat(run()).isEqualTo(2);
    }
}
