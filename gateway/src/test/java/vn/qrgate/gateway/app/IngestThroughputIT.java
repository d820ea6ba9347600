package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.config.DeviceEntry;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.Gateways;
import vn.qrgate.gateway.testing.TestDevice;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;

/**
 * A device drains its backlog through the broker into the gateway's SQLite store, a few batches in flight
 * as a reader does, and gets every event acked. The size is {@code -Dqrgate.drain.events} (10 000 in CI; the
 * benchmark's 100 000 by hand); {@code -Dqrgate.drain.registry=false} measures the ingest alone (the registry
 * unreachable, so nothing is forwarded meanwhile). The rate is logged, not asserted.
 */
class IngestThroughputIT {

    private static final Logger LOG = LoggerFactory.getLogger(IngestThroughputIT.class);
    static final int EVENTS = Integer.getInteger("qrgate.drain.events", 10_000);
    static final int BATCH = 250;
    static final int IN_FLIGHT = 8;
    static final boolean FORWARD = Boolean.parseBoolean(System.getProperty("qrgate.drain.registry", "true"));

    @TempDir
    Path dir;

    @Test
    void aDeviceBacklogIsStoredAndAckedCompletely() throws Exception {
        try (PrivateMosquitto broker = PrivateMosquitto.in(dir.resolve("broker")).start();
                FakeRegistry registry = FakeRegistry.start()) {
            TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
            // Encoded before the clock starts: the reader's work, not the gateway's.
            List<byte[]> backlog = new ArrayList<>();
            for (int i = 0; i < EVENTS / BATCH; i++) {
                backlog.add(EventJson.encode(kiosk.batch(BATCH)));
            }
            String registryUrl = FORWARD ? registry.url() : "http://127.0.0.1:" + PrivateMosquitto.freePort();
            try (GatewayServer gateway = GatewayServer.start(Gateways.config(broker.uri(), dir.resolve("gateway.db"),
                    registryUrl, DeviceEntry.of("kiosk-0001", "v-hanoi-0001")));
                    TestDevice device = TestDevice.connect(broker.uri(), "kiosk-0001")) {
                assertThat(gateway.mqttConnected()).isTrue();
                Semaphore window = new Semaphore(IN_FLIGHT);
                device.onAck(ack -> window.release());
                long start = System.nanoTime();
                for (byte[] batch : backlog) {
                    assertThat(window.tryAcquire(30, TimeUnit.SECONDS)).isTrue();
                    device.publishAsync(batch);
                }
                await().atMost(Duration.ofMinutes(2)).until(() -> device.ackedIds().size() == EVENTS);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                LOG.info("drained {} events in {} batches of {} ({} in flight) in {} ms: {} events/s stored and acked{}",
                        EVENTS, backlog.size(), BATCH, IN_FLIGHT, took.toMillis(),
                        EVENTS * 1000L / Math.max(1, took.toMillis()), FORWARD ? ", forwarding meanwhile" : "");
            }
            try (JdbcStore view = JdbcStore.sqlite(dir.resolve("gateway.db"))) {
                assertThat(view.backlog() + registry.storedIds().size()).isEqualTo(EVENTS);
            }
        }
    }
}
