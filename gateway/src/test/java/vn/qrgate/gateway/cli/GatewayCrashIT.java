package vn.qrgate.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.Gateways;
import vn.qrgate.gateway.testing.TestDevice;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.testing.PrivateMosquitto;

/**
 * The shaded jar as systemd runs it, killed with SIGKILL in the middle of a device's stream and started again.
 * The device resends whatever was not acked (as a reader does after its ack timeout). In the end the
 * gateway's store holds exactly the events published, each once, and the registry has them all. Then SIGTERM
 * stops it cleanly with exit status 0.
 */
class GatewayCrashIT {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayCrashIT.class);
    static final Path JAR = Path.of("target/qrgate-gateway.jar").toAbsolutePath();
    static final int BATCHES = 60;
    static final int PER_BATCH = 50;

    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        // A failed assertion must not leave a gateway running on the machine.
        started.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidStreamAndRestartedItLosesNothingAndStoresNothingTwice() throws Exception {
        try (PrivateMosquitto broker = PrivateMosquitto.in(dir.resolve("broker")).start();
                FakeRegistry registry = FakeRegistry.start()) {
            int httpPort = PrivateMosquitto.freePort();
            Path config = writeConfig(broker.uri(), registry.url(), httpPort);
            TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
            Map<UUID, Event> published = new LinkedHashMap<>();
            List<Integer> unackedAtKill = new ArrayList<>();

            Process gateway = start(config, httpPort, 1);
            int ackedAtKill = -1;
            try (TestDevice device = TestDevice.connect(broker.uri(), "kiosk-0001")) {
                for (int b = 0; b < BATCHES; b++) {
                    if (b == BATCHES / 2) {
                        // Mid-stream: some events acked, the latest batches surely still in flight.
                        await().atMost(Duration.ofSeconds(60)).until(() -> device.ackedIds().size()
                                >= published.size() / 4);
                    }
                    CheckinBatch batch = kiosk.batch(PER_BATCH);
                    batch.events().forEach(e -> published.put(e.eventId(), e));
                    device.publishAsync(batch);
                    if (b == BATCHES / 2 + 5) {
                        gateway.destroyForcibly(); // SIGKILL: no hook, no clean anything
                        assertThat(gateway.waitFor(10, TimeUnit.SECONDS)).isTrue();
                        ackedAtKill = device.ackedIds().size();
                        unackedAtKill.add(published.size() - ackedAtKill);
                        LOG.info("killed the gateway with {} of {} events not acked", published.size() - ackedAtKill,
                                published.size());
                    }
                    Thread.sleep(5); // a reader's pace while draining
                }
                assertThat(ackedAtKill).as("the gateway was killed after acking some events").isPositive();
                gateway = start(config, httpPort, 2);
                resendUntilAllAcked(device, published);
            }

            assertThat(unackedAtKill).allMatch(n -> n > 0);
            assertThat(storedIds()).isEqualTo(published.keySet());
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.storedIds().equals(published.keySet()));

            ProcessHandle handle = gateway.toHandle();
            new ProcessBuilder("kill", "-TERM", Long.toString(handle.pid())).start().waitFor();
            assertThat(gateway.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(gateway.exitValue()).isZero();
            assertThat(Files.readString(dir.resolve("gateway-2.log"))).contains("gateway gw-crash stopped");
            assertThat(String.join("\n", logs())).doesNotContain(TestEvents.documentNumber(), TestEvents.name(),
                    FakeRegistry.TOKEN);
        }
    }

    /** Like a reader after its ack timeout: everything not acked goes out again, in batches, until all is acked. */
    private static void resendUntilAllAcked(TestDevice device, Map<UUID, Event> published) {
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofMillis(500)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
            Set<UUID> acked = device.ackedIds();
            List<Event> missing = new ArrayList<>();
            for (Event e : published.values()) {
                if (!acked.contains(e.eventId())) {
                    missing.add(e);
                }
            }
            for (int i = 0; i < missing.size(); i += PER_BATCH) {
                device.publishAsync(new CheckinBatch(device.id(), missing.subList(i, Math.min(missing.size(),
                        i + PER_BATCH))));
            }
            return missing.isEmpty();
        });
    }

    private Process start(Path config, int httpPort, int run) throws IOException {
        LOG.info("starting gateway run {}", run);
        Process p = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", JAR.toString(), "run", "--config",
                config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("gateway-" + run + ".log").toFile())
                .start();
        started.add(p);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            if (!p.isAlive()) {
                throw new AssertionError("the gateway exited with " + p.exitValue() + ":\n"
                        + Files.readString(dir.resolve("gateway-" + run + ".log")));
            }
            try {
                return Gateways.get(httpPort, "/health").contains("\"mqtt\":\"connected\"");
            } catch (IllegalStateException notYet) {
                return false;
            }
        });
        LOG.info("gateway run {} is connected", run);
        return p;
    }

    private Path writeConfig(String brokerUri, String registryUrl, int httpPort) throws IOException {
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                gatewayId: gw-crash
                mqtt: {uri: "%s", reconnectMin: 100ms, reconnectMax: 1s}
                store: {kind: sqlite, path: gateway.db}
                registry: {url: "%s", token: "%s", retryMin: 50ms, retryMax: 1s}
                http: {host: 127.0.0.1, port: %d}
                devices:
                  - {id: kiosk-0001, venue: v-hanoi-0001}
                """.formatted(brokerUri, registryUrl, FakeRegistry.TOKEN, httpPort));
        return config;
    }

    private Set<UUID> storedIds() throws Exception {
        Set<UUID> ids = new HashSet<>();
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("gateway.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT event_id FROM gw_seen")) {
            while (rs.next()) {
                ids.add(UUID.fromString(rs.getString(1)));
                rows++;
            }
        }
        assertThat(rows).as("one row per event id").isEqualTo(ids.size());
        return ids;
    }

    private List<String> logs() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= 2; run++) {
            lines.addAll(Files.readAllLines(dir.resolve("gateway-" + run + ".log")));
        }
        return lines;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
