package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.DuplicateWindow;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.OutboxException;

/** The agent loop on a real SQLite outbox: stored first, then the gate; nothing stored, no gate. */
class ReaderAgentTest {

    @TempDir
    Path dir;

    private final AtomicReference<Direction> direction = new AtomicReference<>(Direction.IN);
    private final List<AppendResult> results = new ArrayList<>();
    private SqliteOutbox outbox;
    private RecordingGate gate;
    private ReaderAgent agent;

    private ReaderAgent agent(OutboxSettings settings) {
        outbox = new SqliteOutbox(settings);
        return agent(outbox);
    }

    private ReaderAgent agent(Outbox box) {
        gate = new RecordingGate(() -> outbox == null ? -1L : outbox.status().lastSeq());
        DecisionPipeline pipeline = new DecisionPipeline(TestVectors::validator, DenyList::empty,
                new DuplicateWindow(Duration.ofSeconds(10), 100), TestVectors.clock());
        agent = new ReaderAgent(DeviceId.of("gate-test-1"), "V58-TEST", pipeline, direction::get, box, gate, List.of(),
                TestVectors.clock(), () -> true, (scan, verdict, stored) -> results.add(stored));
        agent.start();
        return agent;
    }

    @AfterEach
    void close() {
        if (agent != null) {
            agent.close();
        }
    }

    private static RawScan scan(String id) {
        return new RawScan(TestVectors.row(id).input(), ScanSource.SERIAL, TestVectors.AT, System.nanoTime());
    }

    private Event stored(int i) {
        return ((AppendResult.Stored) results.get(i)).event();
    }

    @Test
    void anAcceptedScanIsCommittedBeforeTheGateOpens() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")));

        agent.onScan(scan("cccd-ok-1"));
        agent.onScan(scan("pccovid-ok-passport"));

        assertThat(gate.signals).containsExactly("accepted", "accepted");
        assertThat(gate.outboxSeqWhenOpened).containsExactly(1L, 2L);
        Event first = stored(0);
        assertThat(first.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(first.subject().documentNumber()).isEqualTo("058190001234");
        assertThat(first.device()).isEqualTo(DeviceId.of("gate-test-1"));
        assertThat(first.venue()).isEqualTo("V58-TEST");
        assertThat(first.source()).isEqualTo(ScanSource.SERIAL);
        assertThat(first.clockSynced()).isTrue();
        assertThat(first.scannedAt().toInstant()).isEqualTo(TestVectors.AT);
        assertThat(first.scannedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void aRejectedScanIsRecordedWithoutItsHolderAndTheGateStaysShut() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")));

        agent.onScan(scan("cccd-sex-mismatch"));

        assertThat(gate.signals).containsExactly("rejected");
        assertThat(stored(0).reason()).isEqualTo(Reason.SEX_MISMATCH);
        assertThat(stored(0).subject()).isNull();
    }

    @Test
    void theDirectionIsReadAtEachScan() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")));

        agent.onScan(scan("cccd-ok-1"));
        direction.set(Direction.OUT);
        agent.onScan(scan("cccd-ok-1"));

        assertThat(stored(0).direction()).isEqualTo(Direction.IN);
        assertThat(stored(1).direction()).isEqualTo(Direction.OUT);
        assertThat(stored(1).decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void aSecondScanWithinTheWindowIsRecordedAsADuplicateAndDoesNotOpen() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")));

        agent.onScan(scan("cccd-ok-1"));
        agent.onScan(scan("cccd-ok-1"));

        assertThat(gate.signals).containsExactly("accepted", "rejected");
        assertThat(stored(1).reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void aFullOutboxThatRefusesScansKeepsTheGateShutAndRaisesTheAlarm() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")).withCapacity(2).withFullPolicy(FullPolicy.REFUSE_NEW_SCANS));

        agent.onScan(scan("cccd-ok-1"));
        agent.onScan(scan("cccd-ok-no-cmnd"));
        agent.onScan(scan("cccd-ok-extra-fields"));

        assertThat(gate.signals).containsExactly("accepted", "accepted", "rejected");
        assertThat(results.get(2)).isInstanceOf(AppendResult.Refused.class);
        assertThat(agent.alarms()).contains(Alarm.OUTBOX_FULL);
        assertThat(outbox.status().backlog()).isEqualTo(2);
    }

    @Test
    void anOutboxThatFailsOpensNoGate() {
        agent(new FailingOutbox());

        agent.onScan(scan("cccd-ok-1"));

        assertThat(gate.signals).containsExactly("rejected");
        assertThat(results.get(0)).isInstanceOf(AppendResult.Refused.class);
        assertThat(agent.alarms()).contains(Alarm.OUTBOX_FULL);
    }

    @Test
    void sequenceNumbersContinueAfterARestart() {
        Path db = dir.resolve("outbox.db");
        agent(OutboxSettings.defaults(db));
        agent.onScan(scan("cccd-ok-1"));
        agent.close();
        results.clear();

        agent(OutboxSettings.defaults(db));
        agent.onScan(scan("cccd-ok-no-cmnd"));

        assertThat(stored(0).seq()).isEqualTo(2);
    }

    @Test
    void closingLeavesTheGateInItsSafeStateAndIgnoresLateScans() {
        agent(OutboxSettings.defaults(dir.resolve("outbox.db")));
        agent.close();

        agent.onScan(scan("cccd-ok-1"));

        assertThat(gate.closed).isTrue();
        assertThat(gate.signals).isEmpty();
        agent = null;
    }

    /** A disk that fails on every write. */
    private static final class FailingOutbox implements Outbox {
        @Override
        public AppendResult append(EventDraft draft) {
            throw new OutboxException("outbox /nowhere: append failed (disk I/O error)");
        }

        @Override
        public List<Event> takeBatch(int maxEvents, int maxBytes) {
            return List.of();
        }

        @Override
        public int acknowledge(Collection<UUID> eventIds) {
            return 0;
        }

        @Override
        public int requeueSentBefore(java.time.Instant cutoff) {
            return 0;
        }

        @Override
        public int purgeAcked() {
            return 0;
        }

        @Override
        public OutboxStatus status() {
            return new OutboxStatus(0, 0, 1, java.util.Optional.empty(), 0, false, false);
        }

        @Override
        public void close() {
        }
    }
}
