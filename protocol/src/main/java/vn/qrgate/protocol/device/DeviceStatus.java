package vn.qrgate.protocol.device;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.protocol.event.InvalidEventException;

/**
 * What a reader says about itself on its retained {@code status} topic (DESIGN §4). The broker publishes
 * {@link #offline()} as the last will when the device drops off without saying goodbye.
 */
public record DeviceStatus(
        State state,
        Optional<String> firmware,
        long backlog,
        Optional<OffsetDateTime> oldestUnacked,
        Optional<Duration> trustListAge,
        Optional<Long> denyListVersion,
        List<String> alarms,
        Optional<OffsetDateTime> sentAt) {

    private static final Pattern ALARM = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern FIRMWARE = Pattern.compile("[0-9A-Za-z.+_-]{1,40}");

    public enum State {
        ONLINE, OFFLINE;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DeviceStatus {
        if (state == null) {
            throw new InvalidEventException("state", "is required");
        }
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(oldestUnacked, "oldestUnacked");
        Objects.requireNonNull(trustListAge, "trustListAge");
        Objects.requireNonNull(denyListVersion, "denyListVersion");
        Objects.requireNonNull(sentAt, "sentAt");
        if (backlog < 0) {
            throw new InvalidEventException("backlog", "must be >= 0, was " + backlog);
        }
        if (firmware.isPresent() && !FIRMWARE.matcher(firmware.get()).matches()) {
            throw new InvalidEventException("fw", "must be 1 to 40 of [0-9A-Za-z.+_-]");
        }
        if (trustListAge.isPresent() && trustListAge.get().isNegative()) {
            throw new InvalidEventException("trustListAge", "must be >= 0 seconds");
        }
        alarms = List.copyOf(Objects.requireNonNull(alarms, "alarms"));
        for (int i = 0; i < alarms.size(); i++) {
            if (!ALARM.matcher(alarms.get(i)).matches()) {
                throw new InvalidEventException("alarms[" + i + "]", "must be an alarm code like OUTBOX_FULL");
            }
        }
    }

    /** The last will: all a broker can say for a device it lost. */
    public static DeviceStatus offline() {
        return new DeviceStatus(State.OFFLINE, Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
    }

    public boolean online() {
        return state == State.ONLINE;
    }
}
