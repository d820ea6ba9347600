package vn.qrgate.reader.app;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.EventDraft;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.domain.Verdict;
import vn.qrgate.reader.port.ClockSync;
import vn.qrgate.reader.port.CodeSource;
import vn.qrgate.reader.port.DirectionSwitch;
import vn.qrgate.reader.port.GateActuator;
import vn.qrgate.reader.port.Outbox;
import vn.qrgate.reader.port.OutboxException;

/**
 * The gate's loop: a scan arrives, is decided, is committed to the outbox, and only then does the
 * gate open (DESIGN §6.1: a crash after the write loses nothing, a crash before it opens no gate).
 * Scans from all inputs are handled one at a time, in arrival order.
 */
public final class ReaderAgent implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderAgent.class);

    private final DeviceId device;
    private final String venue;
    private final DecisionPipeline pipeline;
    private final DirectionSwitch direction;
    private final Outbox outbox;
    private final GateActuator gate;
    private final List<CodeSource> sources;
    private final EventIds eventIds;
    private final Clock clock;
    private final ClockSync clockSync;
    private final ScanListener listener;

    private final Set<Alarm> alarms = EnumSet.noneOf(Alarm.class);
    private boolean closed;
    private volatile Runnable afterStore = () -> { };
    private volatile Runnable alarmsChanged = () -> { };

    public ReaderAgent(DeviceId device, String venue, DecisionPipeline pipeline, DirectionSwitch direction, Outbox outbox,
                       GateActuator gate, List<CodeSource> sources, Clock clock, ClockSync clockSync,
                       ScanListener listener) {
        this.device = Objects.requireNonNull(device, "device");
        this.venue = Objects.requireNonNull(venue, "venue");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.sources = List.copyOf(sources);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clockSync = Objects.requireNonNull(clockSync, "clockSync");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.eventIds = new EventIds(clock);
    }

    /**
     * Runs after every check-in the outbox stored, on the scan's thread, after the gate was signalled:
     * the publisher's wake-up. It must return at once.
     */
    public void onStored(Runnable hook) {
        afterStore = Objects.requireNonNull(hook, "hook");
    }

    /** Runs whenever the set of alarms changes (under the agent's lock): it must return at once. */
    public void onAlarmsChanged(Runnable hook) {
        alarmsChanged = Objects.requireNonNull(hook, "hook");
    }

    /** Opens every input; scans flow from here on. */
    public void start() {
        refreshAlarms();
        for (CodeSource source : sources) {
            source.start(this::onScan);
            LOG.info("reading from {}", source.describe());
        }
        LOG.info("reader {} ready at venue {}", device, venue);
    }

    /** One scan, start to finish. Synchronised: inputs may call from their own threads. */
    public synchronized void onScan(RawScan scan) {
        if (closed) {
            return;
        }
        Verdict verdict = pipeline.decide(scan, direction.current());
        EventDraft draft = new EventDraft(eventIds.next(), device, venue,
                OffsetDateTime.ofInstant(scan.receivedAt(), clock.getZone()), clockSync.synced(), verdict.direction(),
                verdict.kind(), verdict.subject(), verdict.decision(), verdict.reason(), scan.source(), verdict.warnings());
        AppendResult stored;
        try {
            stored = outbox.append(draft);
        } catch (OutboxException e) {
            // Not stored means not opened: the visitor is turned away rather than let in unrecorded.
            LOG.error("outbox write failed, gate stays shut: {}", e.getMessage());
            stored = new AppendResult.Refused("outbox write failed");
        }
        if (stored instanceof AppendResult.Stored s) {
            if (verdict.isAccepted()) {
                gate.accepted();
            } else {
                gate.rejected();
            }
            afterStore.run();
            LOG.info("seq {} {} {} {}{}", s.event().seq(), verdict.kind(), verdict.decision(), verdict.direction(),
                    verdict.reason() == null ? "" : " " + verdict.reason());
        } else {
            gate.rejected();
            LOG.warn("scan refused, not recorded: {}", ((AppendResult.Refused) stored).why());
            raise(Alarm.OUTBOX_FULL);
        }
        // Fill-level alarms come from housekeeping's timer (refreshAlarms): the outbox's status counts
        // rows, which must not run inside a scan on a Pi's SD card.
        listener.scanned(scan, verdict, stored);
    }

    /** Re-reads the outbox's fill level into the alarms; housekeeping calls it on its timer. */
    public synchronized void refreshAlarms() {
        OutboxStatus status = outbox.status();
        Set<Alarm> next = EnumSet.noneOf(Alarm.class);
        next.addAll(alarms);
        next.remove(Alarm.OUTBOX_FULL);
        next.remove(Alarm.OUTBOX_NEARLY_FULL);
        if (status.full()) {
            next.add(Alarm.OUTBOX_FULL);
        } else if (status.nearlyFull()) {
            next.add(Alarm.OUTBOX_NEARLY_FULL);
        }
        update(next);
    }

    public synchronized void raise(Alarm alarm) {
        Set<Alarm> next = EnumSet.noneOf(Alarm.class);
        next.addAll(alarms);
        next.add(alarm);
        update(next);
    }

    public synchronized void clear(Alarm alarm) {
        Set<Alarm> next = EnumSet.noneOf(Alarm.class);
        next.addAll(alarms);
        next.remove(alarm);
        update(next);
    }

    public synchronized Set<Alarm> alarms() {
        return Set.copyOf(alarms);
    }

    private void update(Set<Alarm> next) {
        if (!next.equals(alarms)) {
            LOG.warn("alarms now {}", next.isEmpty() ? "clear" : next);
            alarms.clear();
            alarms.addAll(next);
            gate.showAlarms(Set.copyOf(next));
            alarmsChanged.run();
        }
    }

    /** Inputs first (no new scans), then the gate to its safe state, then the outbox. */
    @Override
    public void close() {
        for (CodeSource source : sources) {
            try {
                source.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", source.describe(), e.toString());
            }
        }
        synchronized (this) {
            closed = true;
        }
        gate.close();
        outbox.close();
        LOG.info("reader {} stopped", device);
    }
}
