package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.domain.KnownDevices;
import vn.qrgate.gateway.domain.RefusalReason;
import vn.qrgate.gateway.port.AckSender;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;

/** The ingest pipeline on a real SQLite store, with the MQTT side replaced by recorders. */
class CheckinIngestTest {

    record Sent(DeviceId device, AckMessage ack, boolean committed) {
    }

    @TempDir
    Path dir;
    JdbcStore store;
    CheckinIngest ingest;
    final GatewayMetrics metrics = new GatewayMetrics(new SimpleMeterRegistry());
    final List<Sent> acks = new CopyOnWriteArrayList<>();
    final AtomicInteger completed = new AtomicInteger();
    final AtomicInteger wakes = new AtomicInteger();
    final TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
    volatile boolean ackFails;

    @BeforeEach
    void start() {
        store = JdbcStore.sqlite(dir.resolve("gateway.db"));
        AckSender sender = (device, ack) -> {
            if (ackFails) {
                throw new PublishException("not connected");
            }
            acks.add(new Sent(device, ack, ack.ids().stream().allMatch(store::contains)));
        };
        ingest = new CheckinIngest(new KnownDevices(Map.of(kiosk.device(), kiosk.venue())), store, sender, metrics,
                wakes::incrementAndGet, Clock.systemUTC());
        ingest.start();
    }

    @AfterEach
    void stop() {
        ingest.close();
        store.close();
    }

    void receive(CheckinBatch batch) {
        ingest.accept(kiosk.device(), EventJson.encode(batch), completed::incrementAndGet);
    }

    @Test
    void eachBatchIsAckedWithAllItsIdsAfterItsCommitThenConfirmed() {
        CheckinBatch first = kiosk.batch(10);
        CheckinBatch second = kiosk.batch(5);

        receive(first);
        receive(second);

        await().until(() -> completed.get() == 2);
        assertThat(acks).extracting(Sent::ack).containsExactlyInAnyOrder(
                new AckMessage(first.events().stream().map(Event::eventId).toList()),
                new AckMessage(second.events().stream().map(Event::eventId).toList()));
        assertThat(acks).allMatch(Sent::committed);
        assertThat(metrics.ingestedCount()).isEqualTo(15);
        assertThat(wakes.get()).isPositive();
    }

    @Test
    void aRepeatedBatchIsAckedAgainButCountedAsDuplicates() {
        CheckinBatch batch = kiosk.batch(4);

        receive(batch);
        await().until(() -> completed.get() == 1);
        receive(batch);
        await().until(() -> completed.get() == 2);

        assertThat(acks).hasSize(2);
        assertThat(metrics.ingestedCount()).isEqualTo(4);
        assertThat(metrics.duplicateCount()).isEqualTo(4);
        assertThat(store.backlog()).isEqualTo(4);
    }

    @Test
    void aRefusedMessageIsConfirmedWithoutAnAck() {
        ingest.accept(kiosk.device(), "not json".getBytes(StandardCharsets.UTF_8), completed::incrementAndGet);

        await().until(() -> completed.get() == 1);
        assertThat(acks).isEmpty();
        assertThat(metrics.refusedCount(RefusalReason.MALFORMED)).isEqualTo(1);
    }

    @Test
    void aMessageWhoseAckCannotBeSentIsLeftForTheBrokerToDeliverAgain() {
        ackFails = true;
        CheckinBatch batch = kiosk.batch(3);

        receive(batch);

        await().until(() -> store.backlog() == 3);
        assertThat(completed.get()).isZero();
        ackFails = false;
        receive(batch);
        await().until(() -> completed.get() == 1);
        assertThat(metrics.duplicateCount()).isEqualTo(3);
    }

    @Test
    void aStoreThatCannotCommitConfirmsWithoutAckSoTheDeviceResends() {
        store.close();

        receive(kiosk.batch(2));

        await().until(() -> completed.get() == 1);
        assertThat(acks).isEmpty();
    }

    @Test
    void closingFinishesWhatWasTakenAndLeavesTheRestUnconfirmed() {
        for (int i = 0; i < 20; i++) {
            receive(kiosk.batch(100));
        }
        await().until(() -> completed.get() > 0);

        ingest.close();

        assertThat(acks).hasSize(completed.get());
        assertThat(acks).allMatch(Sent::committed);
        assertThat(store.backlog()).isGreaterThanOrEqualTo(100L * completed.get());
        ingest.accept(kiosk.device(), EventJson.encode(kiosk.batch(1)), completed::incrementAndGet);
        assertThat(ingest.waiting()).isZero();
    }
}
