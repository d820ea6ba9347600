package vn.qrgate.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.config.Secret;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;

class GatewayConfigLoaderTest {

    @TempDir
    Path dir;

    final Map<String, String> env = Map.of("QRGATE_REGISTRY_TOKEN", "tok-from-env-123", "QRGATE_MQTT_PASSWORD",
            "pw-from-env-456");

    static final String MINIMAL = """
            gatewayId: gw-1
            mqtt: {uri: tcp://127.0.0.1:1883}
            store: {kind: sqlite, path: ./gateway.db}
            registry: {url: http://127.0.0.1:8080, token: "${ENV:QRGATE_REGISTRY_TOKEN}"}
            devices:
              - {id: kiosk-0001, venue: v-hanoi-0001}
            """;

    ConfigLoad load(String yaml) {
        try {
            Path file = dir.resolve("gateway.yaml");
            Files.writeString(file, yaml);
            return new GatewayConfigLoader(env).read(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    GatewayConfig valid(String yaml) {
        ConfigLoad load = load(yaml);
        assertThat(load).as("%s", load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    List<ConfigError> errors(String yaml) {
        ConfigLoad load = load(yaml);
        assertThat(load).as("%s", load).isInstanceOf(ConfigLoad.Invalid.class);
        return ((ConfigLoad.Invalid) load).errors();
    }

    @Test
    void theRegistrysListsAreFetchedByDefaultAndAPushTrustFileWinsOnlyWhenTheIntervalIsLeftOut() throws Exception {
        Files.write(dir.resolve("trust.json"), TestVectors.resource("trust.jwks.json"));
        String withFile = MINIMAL + "push: {trust: trust.json}\n";

        assertThat(valid(MINIMAL).registry().trustPollInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(valid(MINIMAL).registry().trustUri()).isEqualTo(URI.create("http://127.0.0.1:8080/api/v1/trust"));
        assertThat(valid(withFile).registry().pollsTrust()).as("push.trust wins over the default").isFalse();
        assertThat(valid(withFile.replace("token: \"${ENV:QRGATE_REGISTRY_TOKEN}\"}",
                "token: \"${ENV:QRGATE_REGISTRY_TOKEN}\", trustPollInterval: 0s}")).push().trust()).isPresent();

        List<ConfigError> both = errors(withFile.replace("token: \"${ENV:QRGATE_REGISTRY_TOKEN}\"}",
                "token: \"${ENV:QRGATE_REGISTRY_TOKEN}\", trustPollInterval: 30s}"));
        assertThat(both).extracting(ConfigError::key).containsExactly("push.trust");
        assertThat(both.get(0).rule()).contains("push.trust and registry.trustPollInterval both set; choose one");

        List<ConfigError> tooOften = errors(MINIMAL.replace("token: \"${ENV:QRGATE_REGISTRY_TOKEN}\"}",
                "token: \"${ENV:QRGATE_REGISTRY_TOKEN}\", trustPollInterval: 200ms}"));
        assertThat(tooOften).extracting(ConfigError::key).containsExactly("registry.trustPollInterval");
    }

    @Test
    void aMinimalConfigGetsEveryDefaultAndPathsFromItsOwnFolder() {
        GatewayConfig config = valid(MINIMAL);

        assertThat(config.gatewayId()).isEqualTo("gw-1");
        assertThat(config.mqttClientId()).isEqualTo("qrgate-gateway-gw-1");
        assertThat(config.mqtt()).isEqualTo(MqttSettings.of(URI.create("tcp://127.0.0.1:1883")));
        assertThat(config.mqtt().sharedCheckinsFilter()).isEqualTo(vn.qrgate.protocol.topic.Topics.GATEWAY_SHARED_CHECKINS);
        assertThat(config.store()).isEqualTo(new StoreSettings.Sqlite(dir.resolve("gateway.db")));
        assertThat(config.registry()).isEqualTo(RegistrySettings.of(URI.create("http://127.0.0.1:8080"),
                "tok-from-env-123"));
        assertThat(config.http()).isEqualTo(new HttpSettings("127.0.0.1", 9080));
        assertThat(config.devices()).containsExactly(DeviceEntry.of("kiosk-0001", "v-hanoi-0001"));
        assertThat(config.push()).isEqualTo(PushSettings.none());
        assertThat(config.offlineAfter()).isEqualTo(Duration.ofMinutes(3));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void everyKeyCanBeWritten() throws Exception {
        Files.writeString(dir.resolve("deny.json"), "{\"v\":1,\"version\":1,\"salt\":\"s\",\"hashes\":[]}");
        Files.write(dir.resolve("trust.json"), TestVectors.resource("trust.jwks.json"));
        GatewayConfig config = valid("""
                gatewayId: gw-2
                mqtt:
                  uri: tcp://broker.local:1884
                  username: qrgate-gateway
                  password: "${ENV:QRGATE_MQTT_PASSWORD}"
                  sharedGroup: site-7
                  sessionExpiry: 1h
                  reconnectMin: 200ms
                  reconnectMax: 10s
                store: {kind: postgresql, url: "jdbc:postgresql://db.local:5432/qrgate", user: gw, password: x, schema: gw_site7}
                registry: {url: "https://registry.example/", token: abc, batchSize: 100, timeout: 5s, retryMin: 1s, retryMax: 2m,
                           trustPollInterval: 0s}
                http: {host: 0.0.0.0, port: 0}
                devices:
                  - {id: kiosk-0001, venue: v-hanoi-0001}
                  - {id: bus-29b-0002, venue: v-bus-29b}
                push:
                  denyList: deny.json
                  trust: trust.json
                  devices: {bus-29b-0002: {direction: out, duplicateWindow: 20s}}
                  checkEvery: 10s
                offlineAfter: 90s
                retention: 14d
                """);

        assertThat(config.mqtt().password().orElseThrow().reveal()).isEqualTo("pw-from-env-456");
        assertThat(config.mqtt().sharedCheckinsFilter()).isEqualTo("$share/site-7/qrgate/v1/devices/+/checkins");
        assertThat(config.mqtt().sessionExpiry()).isEqualTo(Duration.ofHours(1));
        assertThat(config.store()).isEqualTo(new StoreSettings.Postgresql("jdbc:postgresql://db.local:5432/qrgate",
                Optional.of("gw"), Optional.of(new Secret("x")), "gw_site7"));
        assertThat(config.registry().checkinsUri()).isEqualTo(URI.create("https://registry.example/api/v1/checkins"));
        assertThat(config.registry().batchSize()).isEqualTo(100);
        assertThat(config.registry().pollsTrust()).isFalse();
        assertThat(config.http()).isEqualTo(new HttpSettings("0.0.0.0", 0));
        assertThat(config.push().denyList()).contains(dir.resolve("deny.json"));
        assertThat(config.push().devices()).isEqualTo(Map.of(DeviceId.of("bus-29b-0002"),
                new DevicePush(Optional.of(Direction.OUT), Optional.of(Duration.ofSeconds(20)))));
        assertThat(config.offlineAfter()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void everyMistakeIsListedWithItsKeyValueAndRule() {
        List<ConfigError> errors = errors("""
                gatewayId: GW 1
                mqtt: {uri: http://127.0.0.1:1883, sharedGroup: "a/b"}
                store: {kind: sqlite, path: ./gateway.db, url: "jdbc:postgresql://x/y"}
                registry: {url: http://127.0.0.1:8080/api, token: t, batchSize: 0, retryMin: 5s, retryMax: 1s}
                devices:
                  - {id: kiosk-0001, venue: v-hanoi-0001}
                  - {id: kiosk-0001, venue: v-hanoi-0002}
                  - {id: Kiosk_3, venu: v-1}
                push:
                  devices: {kiosk-0002: {direction: sideways}}
                offlineAfter: 3 minutes
                retension: 30d
                """);

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder(
                "gatewayId", "mqtt.uri", "mqtt.sharedGroup", "store.url", "registry.url", "registry.batchSize",
                "registry.retryMax", "devices[2].id", "devices[3].id", "devices[3].venu", "devices[3].venue",
                "push.devices.kiosk-0002", "push.devices.kiosk-0002.direction", "offlineAfter", "retension");
        assertThat(errors).filteredOn(e -> e.key().equals("gatewayId")).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("GW 1"))
                .satisfies(e -> assertThat(e.rule()).contains("lower-case", "qrgate-gateway-<gatewayId>"));
        assertThat(errors).filteredOn(e -> e.key().equals("retension")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("did you mean 'retention'"));
        assertThat(errors).filteredOn(e -> e.key().equals("devices[3].venu")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("did you mean 'venue'"));
        assertThat(errors).filteredOn(e -> e.key().equals("registry.batchSize")).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("0"))
                .satisfies(e -> assertThat(e.rule()).isEqualTo("a whole number from 1 to 10000"));
        assertThat(errors).filteredOn(e -> e.key().equals("push.devices.kiosk-0002.direction")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("IN", "OUT"));
        assertThat(errors).filteredOn(e -> e.key().equals("push.devices.kiosk-0002")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("not in the devices list", "did you mean 'kiosk-0001'"));
        assertThat(errors).filteredOn(e -> e.key().equals("devices[2].id")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("listed twice"));
    }

    @Test
    void requiredPartsAreNamedWithAnExample() {
        List<ConfigError> errors = errors("offlineAfter: 1m\n");

        assertThat(errors).extracting(ConfigError::key)
                .containsExactly("gatewayId", "mqtt", "store", "registry", "devices");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.value()).isEqualTo(ConfigError.MISSING);
            assertThat(e.rule()).contains("e.g.");
        });
    }

    @Test
    void secretsAreNeverEchoed() {
        List<ConfigError> errors = errors("""
                gatewayId: gw-1
                mqtt: {uri: "tcp://user:hunter2-secret@127.0.0.1:1883", password: "pw\\u0007-hunter3-secret"}
                store: {kind: postgresql, url: "jdbc:postgresql://db/q?password=hunter4-secret", password: "${ENV:NOT_SET}"}
                registry: {url: http://127.0.0.1:8080, token: "tok\\u0001-hunter5-secret"}
                devices: [{id: kiosk-0001, venue: v-1}]
                """);

        assertThat(errors).extracting(ConfigError::key).contains("mqtt.uri", "mqtt.password", "mqtt.username",
                "store.url", "store.password", "registry.token");
        assertThat(errors.toString()).doesNotContain("hunter").contains("***");
        assertThat(errors).filteredOn(e -> e.key().equals("store.password")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("NOT_SET is not set"));
    }

    @Test
    void theStoreKindDecidesWhichKeysBelong() {
        List<ConfigError> sqlite = errors(MINIMAL.replace("store: {kind: sqlite, path: ./gateway.db}",
                "store: {kind: sqlite, path: ./gateway.db, schema: x}"));
        List<ConfigError> pg = errors(MINIMAL.replace("store: {kind: sqlite, path: ./gateway.db}",
                "store: {kind: postgresql, path: ./gateway.db}"));
        List<ConfigError> kind = errors(MINIMAL.replace("kind: sqlite", "kind: sqlit"));

        assertThat(sqlite).extracting(ConfigError::key).containsExactly("store.schema");
        assertThat(pg).extracting(ConfigError::key).containsExactlyInAnyOrder("store.path", "store.url");
        assertThat(kind).singleElement().satisfies(e -> assertThat(e.rule()).contains("did you mean 'sqlite'"));
    }

    @Test
    void filesNamedInTheConfigAreCheckedForTheGatewayToUse() throws Exception {
        Files.writeString(dir.resolve("deny.json"), "{\"v\":1,\"version\":1,\"salt\":\"s\",\"hashes\":[\"xyz\"]}");
        List<ConfigError> errors = errors(MINIMAL.replace("./gateway.db", "./no-such-dir/gateway.db")
                + "push: {denyList: deny.json, trust: missing.json}\n");

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("store.path", "push.denyList",
                "push.trust");
        assertThat(errors).filteredOn(e -> e.key().equals("push.denyList")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("hashes[0]"));
        assertThat(errors).filteredOn(e -> e.key().equals("store.path")).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("does not exist"));
    }

    @Test
    void brokenYamlSaysWhereWithoutQuotingTheLine() {
        List<ConfigError> errors = errors("gatewayId: gw-1\nregistry: {token: secret-in-broken-line\n");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.value()).startsWith("line ");
            assertThat(e.toString()).doesNotContain("secret-in-broken-line");
        });
    }

    @Test
    void aMissingFileIsOneClearError() {
        ConfigLoad load = new GatewayConfigLoader(env).read(dir.resolve("nope.yaml"));

        assertThat(load).isInstanceOfSatisfying(ConfigLoad.Invalid.class, i -> assertThat(i.errors()).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("no such file")));
    }

    @Test
    void theSummaryShowsSecretsAsStars() {
        GatewayConfig config = valid(MINIMAL.replace("mqtt: {uri: tcp://127.0.0.1:1883}",
                "mqtt: {uri: tcp://127.0.0.1:1883, username: qrgate-gateway, password: \"${ENV:QRGATE_MQTT_PASSWORD}\"}"));

        String summary = String.join("\n", ConfigSummary.lines(config));

        assertThat(summary).contains("***", "kiosk-0001", "qrgate-gateway-gw-1")
                .doesNotContain("tok-from-env-123", "pw-from-env-456");
        assertThat(config.toString()).doesNotContain("tok-from-env-123", "pw-from-env-456");
    }
}
