package vn.qrgate.gateway.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.FileChecks;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.HttpSettings;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.area.AreaCsv;
import vn.qrgate.registry.domain.area.AreaParse;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;

/**
 * {@code gateway/broker/qrgate-provision} run as a technician runs it, against a real registry (SQLite,
 * Đà Nẵng's sample areas, one venue) and a private Mosquitto with the kit's TLS listeners and acl: what it
 * makes logs in, may speak only for its own device, and is a reader config the reader accepts.
 */
class ProvisionScriptIT {

    static final String GATEWAY_PASSWORD = "gw-secret";
    static final String TOKEN = "provision-admin-token-0001";
    static final Path AREAS = Path.of("../registry/samples/areas-48-da-nang-2021.csv").toAbsolutePath();

    @TempDir
    Path dir;
    Pki pki;
    RegistryServer registry;
    String venue;
    Path passwords;
    String gatewayPasswords;
    PrivateMosquitto broker;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Pki.available(), "openssl is not installed");
        assumeTrue(Tools.installed("mosquitto") && Tools.installed("mosquitto_passwd"), "mosquitto is not installed");
        assumeTrue(Tools.runs("curl", "--version"), "curl is not installed");
        pki = Pki.make(dir.resolve("pki"));
        Path db = dir.resolve("registry.db");
        RegistryConfig config = RegistryConfig.sqlite(db).withHttp(HttpSettings.anyFreePort())
                .withAccount(AccountAccess.admin("admin", TOKEN));
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            AreaParse parse = AreaCsv.parse(Files.readString(AREAS));
            stores.areas().replaceAll(((AreaParse.Parsed) parse).edition());
            venue = stores.venues().register(new VenueRegistration("Chợ Hàn", VenueType.MARKET,
                    "119 Trần Phú, Hải Châu", "20236")).code().value();
        }
        registry = RegistryServer.start(config);
        passwords = dir.resolve("qrgate.passwd");
        Files.writeString(passwords, "");
        Process gatewayLogin = new ProcessBuilder("mosquitto_passwd", "-b", passwords.toString(), "qrgate-gateway",
                GATEWAY_PASSWORD).redirectErrorStream(true).start();
        assertThat(gatewayLogin.waitFor()).isZero();
        gatewayPasswords = Files.readString(passwords);
    }

    @AfterEach
    void stop() {
        if (broker != null) {
            broker.close();
        }
        if (registry != null) {
            registry.close();
        }
    }

    @Test
    void aPasswordDeviceIsRegisteredLogsInOverTlsAndSpeaksOnlyForItself() throws Exception {
        Run run = provision(TOKEN, "--device", "kiosk-0101", "--venue", venue, "--password-file", passwords.toString(),
                "--ca-cert", pki.caCert.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Path out = dir.resolve("out/kiosk-0101");
        String password = Files.readString(out.resolve("reader.env")).strip().replace("QRGATE_MQTT_PASSWORD=", "");
        assertThat(run.out()).contains("reader.yaml", "ca.pem", "reader.env").doesNotContain(password);
        assertThat(registryDevices()).contains("\"device\":\"kiosk-0101\"");
        assertThat(readerConfigProblems(out, Map.of("QRGATE_MQTT_PASSWORD", password))).isEmpty();

        int port = startBroker(BrokerKit.PASSWORD_LISTENER);
        try (MqttProbe device = MqttProbe.connect("ssl://localhost:" + port, "kiosk-0101", Optional.of("kiosk-0101"),
                Optional.of(password), Optional.of(MqttProbe.tls(out.resolve("ca.pem"), Optional.empty(), Optional.empty())))) {
            assertReadsOnlyItsOwn(device, Topics.acks(DeviceId.of("kiosk-0101")), Topics.acks(DeviceId.of("kiosk-0102")));
            assertThat(device.publish(Topics.checkins(DeviceId.of("kiosk-0101")))).isZero();
            assertThat(device.publish(Topics.checkins(DeviceId.of("kiosk-0102")))).isEqualTo(0x87);
        }
    }

    @Test
    void aCertificateDeviceLogsInWithItsCertificateAloneAndSpeaksOnlyForItself() throws Exception {
        Run run = provision(TOKEN, "--device", "kiosk-0201", "--venue", venue, "--cert", "--ca-cert",
                pki.caCert.toString(), "--ca-key", pki.caKey.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Path out = dir.resolve("out/kiosk-0201");
        assertThat(out.resolve("reader.env")).doesNotExist();
        assertThat(registryDevices()).contains("\"device\":\"kiosk-0201\"");
        assertThat(readerConfigProblems(out, Map.of())).isEmpty();

        int port = startBroker(BrokerKit.CERTIFICATE_LISTENER);
        try (MqttProbe device = MqttProbe.connect("ssl://localhost:" + port, "kiosk-0201", Optional.empty(),
                Optional.empty(), Optional.of(MqttProbe.tls(out.resolve("ca.pem"),
                        Optional.of(out.resolve("kiosk-0201.crt")), Optional.of(out.resolve("kiosk-0201.key")))))) {
            assertReadsOnlyItsOwn(device, Topics.config(DeviceId.of("kiosk-0201")), Topics.config(DeviceId.of("kiosk-0202")));
            assertThat(device.publish(Topics.status(DeviceId.of("kiosk-0201")))).isZero();
            assertThat(device.publish(Topics.status(DeviceId.of("kiosk-0202")))).isEqualTo(0x87);
        }
    }

    @Test
    void aSecondRunForTheSameDeviceIsRefusedAndChangesNothing() throws Exception {
        assertThat(provision(TOKEN, passwordRun("kiosk-0301", "out")).exit()).isZero();
        String before = Files.readString(passwords);

        Run again = provision(TOKEN, passwordRun("kiosk-0301", "out-again"));

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("device 'kiosk-0301' already exists", passwords.toString());
        assertThat(Files.readString(passwords)).isEqualTo(before);
        assertThat(dir.resolve("out-again")).doesNotExist();
    }

    @Test
    void aBadDeviceIdIsRefusedNamingTheOptionTheValueAndTheRule() throws Exception {
        Run run = provision(TOKEN, passwordRun("Kiosk_1", "out"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--device 'Kiosk_1'", "[a-z0-9][a-z0-9-]{2,63}");
        assertThat(Files.readString(passwords)).isEqualTo(gatewayPasswords);
    }

    @Test
    void aMissingOptionIsNamed() throws Exception {
        Run run = provision(TOKEN, "--device", "kiosk-0401", "--password-file", passwords.toString(),
                "--ca-cert", pki.caCert.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("missing option --venue");
    }

    @Test
    void aTokenTheRegistryRefusesFailsTheRunBeforeAnyCredentialIsMade() throws Exception {
        Run run = provision("not-a-token", passwordRun("kiosk-0501", "out"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 401");
        assertThat(Files.readString(passwords)).isEqualTo(gatewayPasswords);
        assertThat(dir.resolve("out/kiosk-0501")).doesNotExist();
    }

    @Test
    void aVenueTheRegistryDoesNotKnowFailsTheRun() throws Exception {
        List<String> args = new ArrayList<>(List.of(passwordRun("kiosk-0601", "out")));
        args.set(args.indexOf(venue), "V48-999999");

        Run run = provision(TOKEN, args.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("HTTP 404");
        assertThat(Files.readString(passwords)).isEqualTo(gatewayPasswords);
    }

    /**
     * The gateway has left a retained message on the device's own topic, another device's, the deny list and
     * the revocation list; the device subscribes to all four and gets only its own and the shared ones.
     */
    void assertReadsOnlyItsOwn(MqttProbe device, String own, String other) throws Exception {
        try (MqttProbe gateway = MqttProbe.connect(broker.uri(), "qrgate-gateway", Optional.of("qrgate-gateway"),
                Optional.of(GATEWAY_PASSWORD), Optional.empty())) {
            for (String topic : List.of(own, other, Topics.DENYLIST, Topics.REVOCATIONS)) {
                assertThat(gateway.publish(topic, true)).as(topic).isZero();
            }
        }
        for (String topic : List.of(own, other, Topics.DENYLIST, Topics.REVOCATIONS)) {
            device.subscribe(topic);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> device.received().containsAll(List.of(own, Topics.DENYLIST,
                Topics.REVOCATIONS)));
        // Retained messages come right after the SUBACK, in order; the other one had its chance.
        Thread.sleep(500);
        assertThat(device.received()).doesNotContain(other);
    }

    String[] passwordRun(String device, String out) {
        return new String[] {"--device", device, "--venue", venue, "--password-file", passwords.toString(),
            "--ca-cert", pki.caCert.toString(), "--out", dir.resolve(out).toString()};
    }

    /** Runs the script with the broker and registry options every run shares; the token comes from a file. */
    Run provision(String token, String... args) throws IOException, InterruptedException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token + "\n");
        List<String> command = new ArrayList<>(List.of(BrokerKit.SCRIPT.toString(), "--broker", "ssl://localhost:8883",
                "--registry", registry.baseUri().toString(), "--registry-token-file", tokenFile.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("stderr").toFile())
                .redirectOutput(dir.resolve("stdout").toFile());
        // mosquitto_passwd lives in /usr/bin, openssl too; keep the PATH a technician has.
        builder.environment().remove("QRGATE_REGISTRY_TOKEN");
        Process p = builder.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("qrgate-provision finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    /** The private broker with the kit's listener, the acl and the password file the script wrote to. */
    int startBroker(int kitListener) {
        int port = PrivateMosquitto.freePort();
        PrivateMosquitto.Builder b = PrivateMosquitto.in(dir.resolve("broker")).acl(BrokerKit.ACL)
                .line("allow_anonymous false").line("password_file " + passwords);
        BrokerKit.listener(kitListener, port, pki.caCert, pki.serverCert, pki.serverKey).forEach(b::line);
        broker = b.start();
        return port;
    }

    String registryDevices() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(registry.baseUri() + "/api/v1/venues/" + venue + "/devices"))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /**
     * The reader's own loader on the written config, with the files placed where the config says they are
     * on the kiosk ({@code /etc/qrgate}, {@code /var/lib/qrgate-reader}) under a folder of this test.
     */
    List<String> readerConfigProblems(Path out, Map<String, String> env) throws IOException {
        Path root = dir.resolve("kiosk");
        Path etc = Files.createDirectories(root.resolve("etc/qrgate"));
        Files.createDirectories(root.resolve("var/lib/qrgate-reader"));
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.copy(f, etc.resolve(f.getFileName().toString()));
            }
        }
        ConfigLoad load = new ConfigLoader(env, FileChecks.rootedAt(root)).load(etc.resolve("reader.yaml"));
        return load instanceof ConfigLoad.Invalid invalid
                ? invalid.errors().stream().map(Object::toString).toList() : List.of();
    }
}
