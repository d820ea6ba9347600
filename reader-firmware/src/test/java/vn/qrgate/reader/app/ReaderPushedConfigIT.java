package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.protocol.trust.SubjectHash;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;
import vn.qrgate.reader.testing.TestGateway;

/**
 * A whole reader (AgentWiring, simulated board) with a real broker: what the gateway publishes retained on
 * the config, deny list and trust topics changes the next scan's verdict without a restart, and still
 * applies after a restart without the broker.
 */
class ReaderPushedConfigIT {

    private static final DeviceId DEVICE = DeviceId.of("kiosk-push-1");
    /** The number on the test vector cccd-ok-no-cmnd (a synthetic person). */
    private static final String DENIED_NUMBER = "001203004567";
    /** The number inside the test vector qg1-ok (a synthetic person). */
    private static final String QG1_NUMBER = "058190001234";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private PrivateMosquitto broker;
    private TestGateway gateway;
    private ReaderAssembly reader;
    private final BlockingQueue<Verdict> verdicts = new LinkedBlockingQueue<>();

    @AfterEach
    void closeAll() {
        if (reader != null) {
            reader.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private ReaderConfig config() throws IOException {
        Path file = dir.resolve("reader.yaml");
        Files.writeString(file, String.join("\n",
                "device: {id: " + DEVICE + ", venue: V58-PUSH}",
                "mode: gate",
                "direction: IN",
                "hardware: {board: simulated}",
                "inputs:",
                "  - {type: stdin}",
                "outbox: {path: " + dir.resolve("outbox.db") + "}",
                "duplicates: {window: 0s}",
                "mqtt:",
                "  uri: " + broker.uri(),
                "  ackTimeout: 2s",
                "  reconnectMin: 100ms",
                "  reconnectMax: 1s",
                ""));
        ConfigLoad load = ConfigLoader.forThisMachine().load(file);
        assertThat(load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    private ReaderAssembly startReader(ReaderConfig config) throws IOException {
        PipedInputStream idleStdin = new PipedInputStream(new PipedOutputStream());
        AgentWiring.Options options = AgentWiring.Options.defaults()
                .withStdin(idleStdin, () -> { })
                .withClock(TestVectors.clock(), () -> true)
                .withListener((scan, verdict, stored) -> verdicts.add(verdict));
        ReaderAssembly assembly = AgentWiring.assemble(config, options);
        assembly.start();
        return assembly;
    }

    private Verdict scan(String vector) throws InterruptedException {
        reader.agent().onScan(new RawScan(TestVectors.row(vector).input(), ScanSource.STDIN, TestVectors.AT,
                System.nanoTime()));
        Verdict verdict = verdicts.poll(10, TimeUnit.SECONDS);
        assertThat(verdict).as("verdict for " + vector).isNotNull();
        return verdict;
    }

    private static byte[] denyList(long version, String salt, String documentNumber) {
        return ("{\"v\":1,\"version\":" + version + ",\"salt\":\"" + salt + "\",\"hashes\":[\""
                + SubjectHash.of(salt, documentNumber) + "\"]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pushedDenyListSettingsAndTrustListChangeTheNextScanAndOutliveARestartWithoutTheBroker() throws Exception {
        broker = PrivateMosquitto.in(dir.resolve("broker")).start();
        gateway = TestGateway.connect(broker.uri());
        ReaderConfig config = config();
        reader = startReader(config);
        await().atMost(PATIENCE).until(() -> reader.publisher().orElseThrow().status().connected());

        assertThat(scan("cccd-ok-no-cmnd").decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(scan("qg1-ok").reason()).isEqualTo(Reason.UNKNOWN_KEY);

        // The deny list: the salted hash of the card's number, never the number.
        gateway.publishRetained(Topics.DENYLIST, denyList(5, "venue-salt", DENIED_NUMBER));
        await().atMost(PATIENCE).until(() -> gateway.status(DEVICE).flatMap(s -> s.denyListVersion()).equals(Optional.of(5L)));
        Verdict denied = scan("cccd-ok-no-cmnd");
        assertThat(denied.decision()).isEqualTo(Decision.REJECTED);
        assertThat(denied.reason()).isEqualTo(Reason.DENYLISTED);

        // An older list (which would deny cccd-ok-1) is ignored; the settings turn the reader to OUT.
        gateway.publishRetained(Topics.DENYLIST, denyList(4, "venue-salt", "058190001234"));
        gateway.publishRetained(Topics.config(DEVICE), DeviceJson.encode(
                new DeviceSettings(1, Optional.of(Direction.OUT), Optional.empty())));
        await().atMost(PATIENCE).until(() -> Files.exists(dir.resolve(LiveSettings.SETTINGS_FILE)));
        Verdict out = scan("cccd-ok-1");
        assertThat(out.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(out.direction()).isEqualTo(Direction.OUT);

        gateway.publishRetained(Topics.TRUST, TestVectors.resource("trust.jwks.json"));
        await().atMost(PATIENCE).until(() -> Files.exists(dir.resolve(LiveSettings.TRUST_FILE)));
        assertThat(scan("qg1-ok").decision()).isEqualTo(Decision.ACCEPTED);

        await().atMost(PATIENCE).until(() -> reader.publisher().orElseThrow().status().eventsAcked() == 5);
        assertThat(gateway.firstReceipts().values()).extracting(Event::direction)
                .containsExactly(Direction.IN, Direction.IN, Direction.IN, Direction.OUT, Direction.OUT);

        reader.close();
        reader = null;
        broker.stop();
        reader = startReader(config);

        assertThat(scan("cccd-ok-no-cmnd").reason()).isEqualTo(Reason.DENYLISTED);
        Verdict afterRestart = scan("qg1-ok");
        assertThat(afterRestart.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(afterRestart.direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void aRevocationListPublishedRetainedRejectsAPreviouslyAcceptedQg1CodeWithoutARestart() throws Exception {
        broker = PrivateMosquitto.in(dir.resolve("broker")).start();
        gateway = TestGateway.connect(broker.uri());
        reader = startReader(config());
        await().atMost(PATIENCE).until(() -> reader.publisher().orElseThrow().status().connected());
        gateway.publishRetained(Topics.TRUST, TestVectors.resource("trust.jwks.json"));
        await().atMost(PATIENCE).until(() -> Files.exists(dir.resolve(LiveSettings.TRUST_FILE)));
        assertThat(scan("qg1-ok").decision()).isEqualTo(Decision.ACCEPTED);
        await().atMost(PATIENCE).until(() -> gateway.status(DEVICE).flatMap(s -> s.trustListAge()).isPresent());

        // The person of qg1-ok, by the salted hash of the document number only.
        gateway.publishRetained(Topics.REVOCATIONS, ("{\"v\":1,\"salt\":\"rev-salt\",\"keys\":[],\"subjects\":[{\"hash\":\""
                + SubjectHash.of("rev-salt", QG1_NUMBER) + "\"}]}").getBytes(StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> Files.exists(dir.resolve(LiveSettings.REVOCATIONS_FILE)));

        Verdict revoked = scan("qg1-ok");
        assertThat(revoked.decision()).isEqualTo(Decision.REJECTED);
        assertThat(revoked.reason()).isEqualTo(Reason.REVOKED);
    }
}
