package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.adapter.sqlite.FreeSpaceProbe;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.testing.Checkins;
import vn.qrgate.reader.testing.ManualClock;
import vn.qrgate.reader.testing.RecordingReport;

/** The drain against a real SQLite outbox and a sender that only records: no broker. */
class DrainLoopTest {

    private static final DeviceId DEVICE = DeviceId.of("kiosk-drain-1");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T05:00:00Z"));
    private final Checkins checkins = new Checkins(DEVICE);
    private final List<Sent> sent = new ArrayList<>();
    private final AtomicBoolean linkUp = new AtomicBoolean(true);
    private SqliteOutbox outbox;
    private RecordingReport report;
    private DrainLoop drain;
    private Thread thread;

    private record Sent(long batch, String topic, List<Event> events) {
    }

    private void start(MqttSettings settings) {
        outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")), clock, () -> Long.MAX_VALUE);
        report = new RecordingReport(outbox);
        drain = new DrainLoop(settings, outbox, this::send, report, clock);
        thread = new Thread(drain, "test-drain");
        thread.start();
    }

    private MqttSettings.Builder settings() {
        return MqttSettings.builder(URI.create("tcp://broker.invalid:1883"), DEVICE)
                .reconnect(Duration.ofMillis(200), Duration.ofSeconds(1));
    }

    private synchronized boolean send(long batch, String topic, byte[] payload) {
        if (!linkUp.get()) {
            return false;
        }
        CheckinBatch decoded = EventJson.decodeCheckinBatch(payload);
        sent.add(new Sent(batch, topic, decoded.events()));
        return true;
    }

    private synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    private synchronized List<Long> sentSeqs() {
        List<Long> seqs = new ArrayList<>();
        sent.forEach(s -> s.events().forEach(e -> seqs.add(e.seq())));
        return seqs;
    }

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            outbox.append(checkins.next());
        }
        drain.wake();
    }

    private void ackEverythingSent() {
        List<UUID> ids = new ArrayList<>();
        sent().forEach(s -> s.events().forEach(e -> ids.add(e.eventId())));
        drain.acked(ids);
    }

    @AfterEach
    void stop() throws InterruptedException {
        drain.stop();
        thread.join(5_000);
        outbox.close();
    }

    @Test
    void nothingIsSentBeforeTheFirstSession() throws InterruptedException {
        start(settings().build());
        append(3);
        Thread.sleep(200);
        assertThat(sent()).isEmpty();

        drain.sessionStarted(20);

        await().atMost(PATIENCE).until(() -> sent().size() == 1);
        assertThat(sent().get(0).topic()).isEqualTo("qrgate/v1/devices/kiosk-drain-1/checkins");
        assertThat(sentSeqs()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void noMoreBatchesThanTheWindowAllowsAwaitTheirAcks() throws InterruptedException {
        start(settings().batch(5, 65_536).inFlight(3).build());
        append(40);
        drain.sessionStarted(20);

        await().atMost(PATIENCE).until(() -> sent().size() == 3);
        Thread.sleep(200);
        assertThat(sent()).hasSize(3);
        assertThat(drain.batchesInFlight()).isEqualTo(3);

        drain.acked(sent().get(0).events().stream().map(Event::eventId).toList());

        await().atMost(PATIENCE).until(() -> sent().size() == 4);
        assertThat(drain.batchesInFlight()).isEqualTo(3);
    }

    @Test
    void theBrokersReceiveMaximumNarrowsTheWindow() {
        start(settings().batch(5, 65_536).inFlight(8).build());
        append(40);

        drain.sessionStarted(2);

        await().atMost(PATIENCE).until(() -> sent().size() == 2);
        assertThat(drain.batchesInFlight()).isEqualTo(2);
    }

    @Test
    void ackedRowsLeaveTheOutboxInBulk() {
        start(settings().batch(10, 65_536).inFlight(4).build());
        append(100);
        drain.sessionStarted(20);

        await().atMost(PATIENCE).until(() -> {
            ackEverythingSent();
            return outbox.status().backlog() == 0;
        });
        await().atMost(PATIENCE).until(() -> drain.eventsAcked() == 100);
        assertThat(sentSeqs()).hasSize(100).isSorted();
    }

    @Test
    void rowsNotAckedWithinTheTimeoutAreSentAgainOldestFirst() {
        start(settings().batch(10, 65_536).ackTimeout(Duration.ofSeconds(1)).build());
        append(10);
        drain.sessionStarted(20);
        await().atMost(PATIENCE).until(() -> sent().size() == 1);

        clock.advance(Duration.ofSeconds(2));

        await().atMost(PATIENCE).until(() -> sent().size() == 2);
        assertThat(sent().get(1).events()).isEqualTo(sent().get(0).events());
        assertThat(outbox.status().backlog()).isEqualTo(10);
    }

    @Test
    void everySessionSendsEverythingUnackedAgainFromTheOldest() {
        start(settings().batch(10, 65_536).build());
        append(25);
        drain.sessionStarted(20);
        await().atMost(PATIENCE).until(() -> sent().size() == 3);
        drain.acked(sent().get(1).events().stream().map(Event::eventId).toList());

        drain.sessionEnded();
        drain.sessionStarted(20);

        await().atMost(PATIENCE).until(() -> sent().size() == 5);
        List<Long> again = new ArrayList<>();
        sent().subList(3, 5).forEach(s -> s.events().forEach(e -> again.add(e.seq())));
        List<Long> expected = new ArrayList<>();
        for (long seq = 1; seq <= 25; seq++) {
            if (seq < 11 || seq > 20) {
                expected.add(seq);
            }
        }
        assertThat(again).isEqualTo(expected);
    }

    @Test
    void aRefusedBatchStaysInTheOutboxRaisesTheAlarmAndIsTriedAgainAfterAPause() {
        start(settings().batch(10, 65_536).build());
        append(5);
        drain.sessionStarted(20);
        await().atMost(PATIENCE).until(() -> sent().size() == 1);

        drain.refused(sent().get(0).batch(), 0x87);

        await().atMost(PATIENCE).until(() -> report.alarms().contains(Alarm.PUBLISH_REFUSED));
        assertThat(outbox.status().backlog()).isEqualTo(5);
        assertThat(drain.refusals()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> sent().size() == 2);
        assertThat(sent().get(1).events()).isEqualTo(sent().get(0).events());

        drain.published(sent().get(1).batch());

        await().atMost(PATIENCE).until(() -> !report.alarms().contains(Alarm.PUBLISH_REFUSED));
    }

    @Test
    void aLinkFoundDownWaitsForTheNextSessionWithoutLosingTheBatch() throws InterruptedException {
        start(settings().batch(10, 65_536).build());
        drain.sessionStarted(20);
        linkUp.set(false);
        append(5);
        Thread.sleep(300);
        assertThat(sent()).isEmpty();

        linkUp.set(true);
        drain.sessionStarted(20);

        await().atMost(PATIENCE).until(() -> sent().size() == 1);
        assertThat(sentSeqs()).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void rowsOfAnotherDeviceIdGoToThatDevicesTopic() {
        start(settings().batch(10, 65_536).build());
        Checkins other = new Checkins(DeviceId.of("kiosk-old-id"));
        outbox.append(other.next());
        outbox.append(checkins.next());
        drain.sessionStarted(20);
        drain.wake();

        await().atMost(PATIENCE).until(() -> sent().size() == 2);
        assertThat(sent()).extracting(Sent::topic).containsExactly("qrgate/v1/devices/kiosk-old-id/checkins",
                "qrgate/v1/devices/kiosk-drain-1/checkins");
    }
}
