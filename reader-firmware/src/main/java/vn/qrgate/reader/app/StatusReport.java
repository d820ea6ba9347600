package vn.qrgate.reader.app;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.domain.OutboxStatus;
import vn.qrgate.reader.port.DeviceReport;
import vn.qrgate.reader.port.Outbox;

/** The reader's retained status (DESIGN §4), from the outbox, the agent's alarms and the live lists. */
final class StatusReport implements DeviceReport {

    /** The jar's Implementation-Version; {@code dev} when run from classes (tests, an IDE). */
    static final String FIRMWARE = firmware();

    private final ReaderAgent agent;
    private final Outbox outbox;
    private final LiveSettings live;
    private final Clock clock;

    StatusReport(ReaderAgent agent, Outbox outbox, LiveSettings live, Clock clock) {
        this.agent = Objects.requireNonNull(agent, "agent");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.live = Objects.requireNonNull(live, "live");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DeviceStatus onlineStatus() {
        OutboxStatus box = outbox.status();
        Instant now = clock.instant();
        List<String> alarms = agent.alarms().stream().sorted().map(Alarm::name).toList();
        return new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of(FIRMWARE), box.backlog(),
                box.oldestUnacked().map(this::local), live.trustListAge(now), live.denyListVersion(), alarms,
                Optional.of(local(now)));
    }

    @Override
    public void raise(Alarm alarm) {
        agent.raise(alarm);
    }

    @Override
    public void clear(Alarm alarm) {
        agent.clear(alarm);
    }

    private OffsetDateTime local(Instant instant) {
        return OffsetDateTime.ofInstant(instant, clock.getZone());
    }

    private static String firmware() {
        String version = ReaderAgent.class.getPackage().getImplementationVersion();
        if (version == null || !Pattern.matches("[0-9A-Za-z.+_-]{1,40}", version)) {
            return "dev";
        }
        return version;
    }
}
