package vn.qrgate.gateway.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.domain.KnownDevices;
import vn.qrgate.gateway.port.DeviceTable;
import vn.qrgate.gateway.port.StoreException;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.DeviceJson;

/**
 * Keeps the device table from the devices' status messages (DESIGN §4). A retained status is the broker's
 * stored copy: it counts from the time the device says it was sent, when it says so, not from now.
 */
public final class DeviceStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStatuses.class);

    private final DeviceTable table;
    private final KnownDevices known;
    private final GatewayMetrics metrics;
    private final Clock clock;
    private final Set<DeviceId> reportedUnknown = ConcurrentHashMap.newKeySet();

    public DeviceStatuses(DeviceTable table, KnownDevices known, GatewayMetrics metrics, Clock clock) {
        this.table = table;
        this.known = known;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Never throws: a status that cannot be read or stored is logged and counted. */
    public void record(DeviceId device, byte[] payload, boolean retained) {
        DeviceStatus status;
        try {
            status = DeviceJson.decodeStatus(payload);
        } catch (IllegalArgumentException e) {
            metrics.unreadableStatus();
            LOG.warn("status of device {} is not readable: {}", device, e.getMessage());
            return;
        }
        Instant now = clock.instant();
        Instant at = now;
        if (retained && status.sentAt().isPresent() && status.sentAt().get().toInstant().isBefore(now)) {
            at = status.sentAt().get().toInstant();
        }
        try {
            table.recordStatus(device, status, at);
        } catch (StoreException e) {
            LOG.warn("could not record the status of device {}: {}", device, e.getMessage());
            return;
        }
        if (!known.contains(device) && reportedUnknown.add(device)) {
            LOG.info("device {} reports status but is not in this gateway's devices list: its check-ins are refused "
                    + "until it is added", device);
        }
        LOG.debug("device {} is {}{}", device, status.state().wireName(),
                status.online() ? " (backlog " + status.backlog() + ")" : "");
    }
}
