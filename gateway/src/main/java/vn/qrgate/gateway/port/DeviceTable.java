package vn.qrgate.gateway.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.qrgate.gateway.domain.DeviceRecord;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;

/** The fleet as its status messages describe it (DESIGN §4), kept in the gateway's store. */
public interface DeviceTable {

    /**
     * Records a status said at {@code at}. An online status replaces the row; an offline one (the last
     * will) only flips the state and keeps what the device last said. A status older than the row's is ignored.
     */
    void recordStatus(DeviceId device, DeviceStatus status, Instant at);

    Optional<DeviceRecord> device(DeviceId device);

    List<DeviceRecord> devices();

    /** Devices whose last status was online and said at or after {@code seenSince}. */
    long countOnline(Instant seenSince);
}
