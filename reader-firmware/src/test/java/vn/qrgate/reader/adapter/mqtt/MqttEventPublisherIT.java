package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.port.RemoteConfig;
import vn.qrgate.reader.testing.Checkins;
import vn.qrgate.reader.testing.RecordingReport;
import vn.qrgate.reader.testing.TestGateway;

/** The publisher against a real Mosquitto, a real SQLite outbox and a stand-in gateway. */
class MqttEventPublisherIT {

    private static final DeviceId KIOSK = DeviceId.of("kiosk-mqtt-1");
    private static final Path ACL = Path.of("..", "gateway", "broker", "acl").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private SqliteOutbox outbox;
    private RecordingReport report;
    private MqttEventPublisher publisher;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closing(T closeable) {
        toClose.add(closeable);
        return closeable;
    }

    private PrivateMosquitto broker() {
        return closing(PrivateMosquitto.in(dir.resolve("broker")).start());
    }

    private MqttSettings.Builder settings(PrivateMosquitto broker, DeviceId device) {
        return MqttSettings.builder(URI.create(broker.uri()), device).reconnect(Duration.ofMillis(100), Duration.ofSeconds(1));
    }

    private void startReader(MqttSettings settings) {
        outbox = closing(new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db"))));
        report = new RecordingReport(outbox);
        publisher = closing(new MqttEventPublisher(settings, outbox, report, RemoteConfig.IGNORE, Clock.systemUTC()));
        publisher.start();
    }

    private List<Event> append(Checkins checkins, int n) {
        List<Event> stored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stored.add(((AppendResult.Stored) outbox.append(checkins.next())).event());
            publisher.wake();
        }
        return stored;
    }

    private static Set<UUID> ids(List<Event> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.eventId()));
        return ids;
    }

    @Test
    void fiveHundredEventsGoOldestFirstInBoundedBatchesAndLeaveTheOutboxOnceAcked() {
        PrivateMosquitto broker = broker();
        TestGateway gateway = closing(TestGateway.connect(broker.uri()));
        int batchBytes = 8 * 1024;
        startReader(settings(broker, KIOSK).batch(50, batchBytes).inFlight(3).build());

        List<Event> stored = append(new Checkins(KIOSK), 500);

        await().atMost(PATIENCE).until(() -> outbox.status().backlog() == 0);
        assertThat(new HashSet<>(gateway.eventIds())).isEqualTo(ids(stored));
        List<Long> firstSeqs = gateway.firstReceipts().values().stream().map(Event::seq).toList();
        assertThat(firstSeqs).isSorted().hasSize(500);
        for (TestGateway.Received batch : gateway.received()) {
            assertThat(batch.events()).hasSizeBetween(1, 50);
            int json = batch.events().stream().mapToInt(e -> EventJson.encode(e).length).sum();
            assertThat(json).as("event JSON in one batch").isLessThanOrEqualTo(batchBytes);
        }
        assertThat(gateway.received().size()).as("batches").isGreaterThanOrEqualTo(10);
        assertThat(publisher.status().eventsAcked()).isEqualTo(500);
        assertThat(report.alarms()).isEmpty();
    }

    @Test
    void eventsTheGatewayDoesNotAckAreSentAgainAfterTheAckTimeoutUntilItDoes() {
        PrivateMosquitto broker = broker();
        TestGateway gateway = closing(TestGateway.connect(broker.uri()));
        gateway.holdAcks();
        startReader(settings(broker, KIOSK).batch(10, 65_536).ackTimeout(Duration.ofSeconds(1)).build());

        List<Event> stored = append(new Checkins(KIOSK), 20);
        await().atMost(PATIENCE).until(() -> new HashSet<>(gateway.eventIds()).containsAll(ids(stored)));
        await().atMost(PATIENCE).until(() -> gateway.eventIds().size() >= 40);
        assertThat(outbox.status().backlog()).as("unacked rows stay").isEqualTo(20);

        gateway.resumeAcks();

        await().atMost(PATIENCE).until(() -> outbox.status().backlog() == 0);
        assertThat(new HashSet<>(gateway.eventIds())).isEqualTo(ids(stored));
    }

    @Test
    void aBrokerOutageRaisesTheAlarmAndEverythingAppendedMeanwhileIsDeliveredAfterIt() throws Exception {
        PrivateMosquitto broker = broker();
        TestGateway gateway = closing(TestGateway.connect(broker.uri()));
        // The stand-in gateway may miss what the reader sends before it has resubscribed: the ack timeout covers it.
        startReader(settings(broker, KIOSK).unreachableAlarmAfter(Duration.ofSeconds(1)).ackTimeout(Duration.ofSeconds(2))
                .build());
        Checkins checkins = new Checkins(KIOSK);
        List<Event> stored = new ArrayList<>(append(checkins, 50));
        await().atMost(PATIENCE).until(() -> outbox.status().backlog() == 0);

        broker.stop();
        await().atMost(PATIENCE).until(() -> !publisher.status().connected());
        for (int i = 0; i < 5; i++) {
            stored.addAll(append(checkins, 20));
            Thread.sleep(300);
        }
        await().atMost(PATIENCE).until(() -> report.alarms().contains(Alarm.BROKER_UNREACHABLE));
        assertThat(outbox.status().backlog()).isEqualTo(100);

        broker.restart();

        await().atMost(PATIENCE).until(() -> outbox.status().backlog() == 0);
        await().atMost(PATIENCE).until(() -> !report.alarms().contains(Alarm.BROKER_UNREACHABLE));
        assertThat(new HashSet<>(gateway.eventIds())).isEqualTo(ids(stored));
        assertThat(report.history()).containsSubsequence("+BROKER_UNREACHABLE", "-BROKER_UNREACHABLE");
    }

    @Test
    void aPublishTheBrokerRefusesKeepsTheRowsAndRaisesTheAlarm() throws Exception {
        PrivateMosquitto broker = closing(PrivateMosquitto.in(dir.resolve("broker")).user("kiosk-a", "pass-a")
                .user("qrgate-gateway", "pass-gw").acl(ACL).start());
        TestGateway gateway = closing(TestGateway.connect(broker.uri(), Optional.of("qrgate-gateway"),
                Optional.of("pass-gw")));
        DeviceId kioskA = DeviceId.of("kiosk-a");
        startReader(settings(broker, kioskA).login(Optional.of("kiosk-a"), Optional.of("pass-a")).build());
        await().atMost(PATIENCE).until(() -> publisher.status().connected());

        // Rows of another device (as after a change of device id): the ACL lets kiosk-a write only its own topic.
        append(new Checkins(DeviceId.of("kiosk-b")), 5);

        await().atMost(PATIENCE).until(() -> report.alarms().contains(Alarm.PUBLISH_REFUSED));
        assertThat(publisher.status().refusals()).isPositive();
        assertThat(outbox.status().backlog()).isEqualTo(5);
        Thread.sleep(500);
        assertThat(gateway.received()).isEmpty();
    }
}
