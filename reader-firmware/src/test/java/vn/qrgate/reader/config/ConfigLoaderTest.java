package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;

class ConfigLoaderTest {

    @TempDir
    Path root;

    @Test
    void aConfigWithManyMistakesListsEveryOneOfThemEachWithItsKeyAndNothingElse() {
        List<ConfigError> errors = errors(new Kiosk(root).parse("""
                device:
                  id: Kiosk_1
                  venue: ""
                mode: gaet
                direction: SIDEWAYS
                hardware:
                  board: relay-hat-gaet
                inputs:
                  - type: serial
                    reader: generic-keyboard-wedge
                    port: dev/ttyACM0
                  - {type: stdin, baud: 9600}
                outbx:
                  path: /var/lib/qrgate/outbox.db
                duplicates: {window: 10 seconds}
                retention: 0d
                mqtt:
                  uri: http://gateway.local
                  password: ${ENV:NOPE}
                """));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder(
                "device.id", "device.venue", "mode", "direction", "hardware.board", "inputs[1].reader",
                "inputs[1].port", "inputs[2].baud", "outbx", "outbox", "duplicates.window", "retention", "mqtt.uri",
                "mqtt.password", "mqtt.username");
        assertThat(rule(errors, "device.id")).contains("[a-z0-9][a-z0-9-]{2,63}");
        assertThat(rule(errors, "mode")).contains("one of gate, handheld").contains("did you mean 'gate'?");
        assertThat(rule(errors, "direction")).contains("one of IN, OUT, SWITCH");
        assertThat(rule(errors, "hardware.board")).contains("did you mean 'relay-hat-gate'?");
        assertThat(rule(errors, "inputs[1].reader")).contains("keyboard-wedge").contains("serial");
        assertThat(rule(errors, "inputs[2].baud")).contains("only serial inputs");
        assertThat(rule(errors, "outbx")).isEqualTo("unknown key 'outbx'; did you mean 'outbox'?");
        assertThat(rule(errors, "retention")).contains("from 1d to 3650d");
        assertThat(rule(errors, "mqtt.password")).contains("NOPE");
        assertThat(errors).filteredOn(e -> e.key().equals("mode")).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("gaet"));
    }

    @Test
    void anUnknownKeySuggestsTheNearestKnownKeyAtItsLevel() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal().replace(
                "outbox: {path: /var/lib/qrgate/outbox.db}", "outbox: {path: /var/lib/qrgate/outbox.db, capasity: 5}")));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("outbox.capasity");
            assertThat(e.rule()).isEqualTo("unknown key 'capasity'; did you mean 'capacity'?");
        });
    }

    @Test
    void aKeyWrittenInTheWrongSectionPointsToWhereItBelongs() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal() + "window: 10s\n"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("window");
            assertThat(e.rule()).contains("did you mean 'duplicates.window'?");
        });
    }

    @Test
    void anEnvPlaceholderIsReplacedFromTheEnvironmentAnywhereInAValue() {
        Kiosk kiosk = new Kiosk(root);
        kiosk.env.put("SITE", "000123");
        ReaderConfig config = valid(kiosk.parse(Kiosk.minimal().replace("venue: V58-000123", "venue: \"V58-${ENV:SITE}\"")
                + "mqtt: {uri: tcp://gw.local:1883, username: u, password: \"${ENV:QRGATE_MQTT_PASSWORD}\"}\n"));

        assertThat(config.venue()).isEqualTo("V58-000123");
        assertThat(config.mqtt().orElseThrow().password().orElseThrow().reveal()).isEqualTo(Kiosk.PASSWORD);
    }

    @Test
    void aMissingEnvironmentVariableIsAnErrorNamingTheKeyAndTheVariable() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal()
                + "mqtt: {uri: tcp://gw.local:1883, username: u, password: \"${ENV:GATEWAY_PASSWORD}\"}\n"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("mqtt.password");
            assertThat(e.value()).isEqualTo("${ENV:GATEWAY_PASSWORD}");
            assertThat(e.rule()).contains("environment variable GATEWAY_PASSWORD is not set");
        });
    }

    @Test
    void secretsAreShownAsStarsInErrorsWhetherWrittenOrFromTheEnvironment() {
        Kiosk kiosk = new Kiosk(root);
        kiosk.env.put("BATCH", "lots-of-" + Kiosk.PASSWORD);
        String longPassword = "hunter2-".repeat(200);
        List<ConfigError> errors = errors(kiosk.parse(Kiosk.minimal() + "mqtt: {uri: tcp://gw.local:1883, "
                + "username: u, password: " + longPassword + ", batchSize: \"${ENV:BATCH}\"}\n"));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("mqtt.password", "mqtt.batchSize");
        assertThat(errors).allSatisfy(e -> assertThat(e.value()).isEqualTo("***"));
        assertThat(errors.toString()).doesNotContain("hunter2").doesNotContain(Kiosk.PASSWORD);
    }

    @Test
    void aPasswordInTheBrokerAddressIsMaskedInErrors() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal()
                + "mqtt: {uri: \"ssl://kiosk:hunter2@gw.local:99999\"}\n"));

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("ssl://***@gw.local:99999"));
    }

    @Test
    void aYamlSyntaxErrorGivesLineAndColumnButNotTheLineItself() {
        List<ConfigError> errors = errors(new Kiosk(root).parse("""
                mqtt:
                  password: hunter2
                  uri: {tcp://gw
                """));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("reader.yaml");
            assertThat(e.value()).startsWith("line ");
            assertThat(e.rule()).startsWith("not valid YAML");
        });
        assertThat(errors.toString()).doesNotContain("hunter2").doesNotContain("tcp://gw");
    }

    @Test
    void aKeyGivenTwiceIsAnErrorRatherThanTheLastOneWinning() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal() + "mode: handheld\n"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("mode");
            assertThat(e.rule()).contains("only once");
        });
    }

    @Test
    void anEmptyFileAMissingFileAndANonUtf8FileAreEachOneClearError() throws IOException {
        Kiosk kiosk = new Kiosk(root);
        Path empty = Files.writeString(root.resolve("empty.yaml"), "# nothing yet\n");
        Path latin1 = Files.write(root.resolve("latin1.yaml"), "venue: Ch\u1ee3".getBytes(StandardCharsets.UTF_16LE));

        assertThat(errors(kiosk.loader().load(empty))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("no settings"));
        assertThat(errors(kiosk.loader().load(root.resolve("missing.yaml")))).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("(not found)"));
        assertThat(errors(kiosk.loader().load(latin1))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("UTF-8"));
    }

    @Test
    void filesTheConfigNamesMustExistAndTheOutboxDirectoryMustBeThere() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal().replace("/var/lib/qrgate/outbox.db",
                "/var/lib/nowhere/outbox.db") + """
                denyList: {file: /var/lib/qrgate/deny-missing.json}
                trust: {file: /var/lib/qrgate/trust.jwks.json, revocations: /var/lib/qrgate}
                """));

        assertThat(errors).extracting(ConfigError::key)
                .containsExactlyInAnyOrder("outbox.path", "denyList.file", "trust.revocations");
        assertThat(rule(errors, "outbox.path")).contains("directory /var/lib/nowhere does not exist");
        assertThat(rule(errors, "denyList.file")).contains("file not found");
        assertThat(rule(errors, "trust.revocations")).contains("is a directory");
    }

    @Test
    void relativePathsAreTakenFromTheConfigFilesDirectory() throws IOException {
        Path etc = Files.createDirectories(root.resolve("etc/qrgate"));
        Files.writeString(etc.resolve("deny.json"), "{}");
        Path file = Files.writeString(etc.resolve("reader.yaml"), Kiosk.minimal()
                .replace("/var/lib/qrgate/outbox.db", "../../var/outbox.db") + "denyList: {file: deny.json}\n");
        Files.createDirectories(root.resolve("var"));

        ReaderConfig config = loadReal(file);

        assertThat(config.denyListFile()).contains(etc.resolve("deny.json"));
        assertThat(config.outbox().path()).isEqualTo(root.resolve("var/outbox.db"));
    }

    @Test
    void optionalKeysLeftOutTakeTheDocumentedDefaults() {
        ReaderConfig config = valid(new Kiosk(root).parse(Kiosk.minimal() + "mqtt: {uri: tcp://gw.local}\n"));

        assertThat(config.outbox().capacity()).isEqualTo(Defaults.OUTBOX_CAPACITY);
        assertThat(config.outbox().whenFull()).isEqualTo(Defaults.OUTBOX_WHEN_FULL);
        assertThat(config.outbox().diskFloorBytes()).isEqualTo(100L * 1024 * 1024);
        assertThat(config.duplicateWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(config.mqtt().orElseThrow().reconnectMax()).isEqualTo(Defaults.MQTT_RECONNECT_MAX);
        assertThat(config.denyListFile()).isEmpty();
        assertThat(config.trust()).isEmpty();
    }

    private ReaderConfig loadReal(Path file) {
        return valid(new ConfigLoader(java.util.Map.of(), FileChecks.real(),
                () -> HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES)).load(file));
    }

    static List<ConfigError> errors(ConfigLoad load) {
        assertThat(load).isInstanceOf(ConfigLoad.Invalid.class);
        return ((ConfigLoad.Invalid) load).errors();
    }

    static ReaderConfig valid(ConfigLoad load) {
        assertThat(load).as("%s", load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    static String rule(List<ConfigError> errors, String key) {
        return errors.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().rule();
    }
}
