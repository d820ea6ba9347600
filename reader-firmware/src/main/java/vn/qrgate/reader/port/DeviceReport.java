package vn.qrgate.reader.port;

import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.reader.domain.Alarm;

/**
 * The rest of the reader as the publisher sees it: what to say on the retained status topic, and where
 * to raise the link's alarms (status LED, status topic, log). Thread-safe.
 */
public interface DeviceReport {

    /** The device's status now, state ONLINE: backlog, oldest unacked, list ages, alarms. Never personal data. */
    DeviceStatus onlineStatus();

    void raise(Alarm alarm);

    void clear(Alarm alarm);
}
