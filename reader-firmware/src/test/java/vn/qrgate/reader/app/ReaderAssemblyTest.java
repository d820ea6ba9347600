package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.DuplicateWindow;
import vn.qrgate.reader.domain.RawScan;

/** Housekeeping, not the scan, keeps the fill-level and lost-input alarms current. */
class ReaderAssemblyTest {

    @TempDir
    Path dir;

    @Test
    void housekeepingRaisesAndClearsTheAlarmsFromTheOutboxAndTheInputs() {
        SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")).withCapacity(4)
                .withNearlyFullFraction(0.5));
        RecordingGate gate = new RecordingGate(() -> 0L);
        DecisionPipeline pipeline = new DecisionPipeline(TestVectors::validator, DenyList::empty,
                new DuplicateWindow(Duration.ofSeconds(10), 100), TestVectors.clock());
        ReaderAgent agent = new ReaderAgent(DeviceId.of("assembly-1"), "V58-TEST", pipeline, () -> Direction.IN, outbox,
                gate, List.of(), TestVectors.clock(), () -> true, ScanListener.NONE);
        AtomicBoolean readerPlugged = new AtomicBoolean(true);
        AtomicInteger housekept = new AtomicInteger();
        ReaderAssembly assembly = new ReaderAssembly(agent, List.of(), List.of(readerPlugged::get), housekept::incrementAndGet);
        try {
            agent.start();
            agent.onScan(scan("cccd-ok-1"));
            agent.onScan(scan("cccd-ok-no-cmnd"));
            assertThat(agent.alarms()).as("a scan does not count the outbox").isEmpty();

            readerPlugged.set(false);
            assembly.housekeeping();
            assertThat(agent.alarms()).containsExactlyInAnyOrder(Alarm.OUTBOX_NEARLY_FULL, Alarm.INPUT_LOST);
            assertThat(gate.alarms).last().isEqualTo(java.util.Set.of(Alarm.OUTBOX_NEARLY_FULL, Alarm.INPUT_LOST));

            readerPlugged.set(true);
            outbox.acknowledge(outbox.takeBatch(10, 1 << 20).stream().map(e -> e.eventId()).toList());
            assembly.housekeeping();
            assertThat(agent.alarms()).isEmpty();
            assertThat(housekept.get()).isEqualTo(2);
        } finally {
            assembly.close();
        }
    }

    @Test
    void theReaderIsUnhealthyWhenHousekeepingHasNotSucceededForThreeRounds() {
        SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")));
        DecisionPipeline pipeline = new DecisionPipeline(TestVectors::validator, DenyList::empty,
                new DuplicateWindow(Duration.ofSeconds(10), 100), TestVectors.clock());
        ReaderAgent agent = new ReaderAgent(DeviceId.of("assembly-2"), "V58-TEST", pipeline, () -> Direction.IN, outbox,
                new RecordingGate(() -> 0L), List.of(), TestVectors.clock(), () -> true, ScanListener.NONE);
        AtomicBoolean outboxAnswers = new AtomicBoolean(true);
        ReaderAssembly assembly = new ReaderAssembly(agent, List.of(), List.of(), () -> {
            if (!outboxAnswers.get()) {
                throw new IllegalStateException("disk I/O error");
            }
        });
        AtomicLong nanos = new AtomicLong();
        assembly.nanoClock(nanos::get);
        try {
            nanos.addAndGet(Duration.ofSeconds(14).toNanos());
            assertThat(assembly.problem()).as("within three rounds").isEmpty();

            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            assertThat(assembly.problem()).hasValueSatisfying(why -> assertThat(why).contains("16 s", "stuck"));

            assembly.housekeeping();
            assertThat(assembly.problem()).as("after a round that worked").isEmpty();

            outboxAnswers.set(false);
            assembly.housekeeping();
            nanos.addAndGet(Duration.ofSeconds(20).toNanos());
            assertThat(assembly.problem()).hasValueSatisfying(
                    why -> assertThat(why).contains("IllegalStateException", "outbox does not answer"));
        } finally {
            assembly.close();
        }
    }

    private static RawScan scan(String id) {
        return new RawScan(TestVectors.row(id).input(), ScanSource.SERIAL, TestVectors.AT, System.nanoTime());
    }
}
