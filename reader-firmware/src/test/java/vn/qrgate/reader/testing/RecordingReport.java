package vn.qrgate.reader.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.port.DeviceReport;
import vn.qrgate.reader.port.Outbox;

/** The publisher's view of the reader, for adapter tests: the real outbox's figures and a record of alarms. */
public final class RecordingReport implements DeviceReport {

    private final Outbox outbox;
    private final Set<Alarm> active = EnumSet.noneOf(Alarm.class);
    private final List<String> history = new ArrayList<>();

    public RecordingReport(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public DeviceStatus onlineStatus() {
        OutboxStatus box = outbox.status();
        return new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("test"), box.backlog(), Optional.empty(),
                Optional.empty(), Optional.empty(), alarms().stream().map(Alarm::name).sorted().toList(),
                Optional.empty());
    }

    @Override
    public synchronized void raise(Alarm alarm) {
        if (active.add(alarm)) {
            history.add("+" + alarm);
        }
    }

    @Override
    public synchronized void clear(Alarm alarm) {
        if (active.remove(alarm)) {
            history.add("-" + alarm);
        }
    }

    public synchronized Set<Alarm> alarms() {
        return active.isEmpty() ? Set.of() : Set.copyOf(active);
    }

    /** Every change, in order: {@code +BROKER_UNREACHABLE}, {@code -BROKER_UNREACHABLE}. */
    public synchronized List<String> history() {
        return List.copyOf(history);
    }
}
