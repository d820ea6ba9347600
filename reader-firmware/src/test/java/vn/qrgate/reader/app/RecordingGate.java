package vn.qrgate.reader.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.port.GateActuator;

/** Remembers what the gate was told, and what the outbox held at that moment. */
final class RecordingGate implements GateActuator {

    final List<String> signals = new ArrayList<>();
    final List<Long> outboxSeqWhenOpened = new ArrayList<>();
    final List<Set<Alarm>> alarms = new ArrayList<>();
    private final Supplier<Long> lastStoredSeq;
    boolean closed;

    RecordingGate(Supplier<Long> lastStoredSeq) {
        this.lastStoredSeq = lastStoredSeq;
    }

    @Override
    public synchronized void accepted() {
        signals.add("accepted");
        outboxSeqWhenOpened.add(lastStoredSeq.get());
    }

    @Override
    public synchronized void rejected() {
        signals.add("rejected");
    }

    @Override
    public synchronized void showAlarms(Set<Alarm> active) {
        alarms.add(active);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
