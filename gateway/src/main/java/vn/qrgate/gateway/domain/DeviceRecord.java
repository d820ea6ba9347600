package vn.qrgate.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;

/**
 * A row of the gateway's device table, kept from the devices' status messages (DESIGN §4). {@code lastSeen}
 * is when the device last said it was online; {@code stateAt} when the state last changed or was confirmed.
 */
public record DeviceRecord(
        DeviceId device,
        boolean online,
        Optional<Instant> lastSeen,
        Instant stateAt,
        long backlog,
        Optional<String> firmware,
        List<String> alarms,
        Optional<OffsetDateTime> oldestUnacked,
        Optional<Duration> trustListAge,
        Optional<Long> denyListVersion) {

    public DeviceRecord {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(stateAt, "stateAt");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(oldestUnacked, "oldestUnacked");
        Objects.requireNonNull(trustListAge, "trustListAge");
        Objects.requireNonNull(denyListVersion, "denyListVersion");
        alarms = List.copyOf(alarms);
    }

    /** Online now: said so, and said it within {@code offlineAfter} (a silent device counts as offline). */
    public boolean onlineAt(Instant now, Duration offlineAfter) {
        return online && lastSeen.isPresent() && !lastSeen.get().isBefore(now.minus(offlineAfter));
    }
}
