package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.reader.config.FileChecks;

class CheckConfigCommandTest {

    private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
    private static final String PASSWORD = "pa55-word-from-env";

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void makeKioskFiles() throws IOException {
        Files.createDirectories(root.resolve("var/lib/qrgate"));
        Files.createDirectories(root.resolve("etc/qrgate"));
        for (String file : new String[] {"var/lib/qrgate/denylist.json", "var/lib/qrgate/trust.jwks.json",
            "var/lib/qrgate/revoked.json", "etc/qrgate/ca.pem"}) {
            Files.writeString(root.resolve(file), "{}");
        }
    }

    private int run(Map<String, String> env, String... args) {
        CheckConfigCommand command = new CheckConfigCommand(env, FileChecks.rootedAt(root),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).setErr(new PrintWriter(err, true)).setOut(new PrintWriter(out, true))
                .execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aValidConfigExitsZeroWithASummaryAndThePasswordAsStars() {
        int status = run(Map.of("QRGATE_MQTT_PASSWORD", PASSWORD), EXAMPLES.resolve("gate-kiosk.yaml").toString());

        assertThat(status).isZero();
        assertThat(err()).isEmpty();
        assertThat(out()).contains("is valid")
                .contains("kiosk-001 at venue V58-000123")
                .contains("gate, direction IN")
                .contains("relay-hat-gate")
                .contains("serial honeywell-1450g-usb-serial on /dev/serial/by-id/")
                .contains("/var/lib/qrgate/outbox.db, capacity 200000, when full KEEP_UNTIL_DISK_FLOOR")
                .contains("10s")
                .contains("/var/lib/qrgate/denylist.json")
                .contains("/var/lib/qrgate/trust.jwks.json")
                .contains("ssl://gateway.local:8883 as kiosk-001, password ***")
                .doesNotContain(PASSWORD);
    }

    @Test
    void anInvalidConfigExitsTwoAndListsEachErrorAsKeyValueAndRule() throws IOException {
        Path file = Files.writeString(root.resolve("reader.yaml"), """
                device: {id: kiosk-001, venue: V58-000123}
                mode: gate
                direction: IN
                hardware: {board: simulated}
                inputs: [{type: stdin}]
                outbx: {path: /var/lib/qrgate/outbox.db}
                retention: forever
                """);

        int status = run(Map.of(), file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("3 errors in " + file + ":")
                .contains("  outbx: (section) — unknown key 'outbx'; did you mean 'outbox'?")
                .contains("  outbox: (missing) — required section; e.g. outbox: {path: /var/lib/qrgate/outbox.db}")
                .contains("  retention: forever — a duration such as 800ms, 10s, 10m, 48h or 7d, from 1d to 3650d");
    }

    @Test
    void aMissingEnvironmentVariableFailsTheCheckAndNeverPrintsASecret() {
        int status = run(Map.of(), EXAMPLES.resolve("gate-kiosk.yaml").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err()).startsWith("1 error in ")
                .contains("mqtt.password: ${ENV:QRGATE_MQTT_PASSWORD} — environment variable QRGATE_MQTT_PASSWORD is not set");
    }

    @Test
    void aFileThatDoesNotExistExitsTwo() {
        assertThat(run(Map.of(), root.resolve("nope.yaml").toString())).isEqualTo(2);
        assertThat(err()).contains("(not found)");
    }

    @Test
    void helpExplainsTheCommandAndItsExitStatus() {
        int status = run(Map.of(), "--help");

        assertThat(status).isZero();
        assertThat(out()).contains("check-config").contains("FILE").contains("every error").contains("Exit status");
    }
}
