package vn.qrgate.protocol.topic;

import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;

/**
 * MQTT topic names (contract: DESIGN §4). Device ids are the only variable part and never personal
 * data, so topics are safe to log.
 */
public final class Topics {

    public static final String ROOT = "qrgate/v1";
    static final String DEVICES_PREFIX = ROOT + "/devices/";

    public static final String DENYLIST = ROOT + "/denylist";
    public static final String TRUST = ROOT + "/trust";
    /** The QG1 revocation list (revoked key ids, salted subject hashes): retained, to the devices. */
    public static final String REVOCATIONS = ROOT + "/revocations";
    /** What gateways subscribe to: a shared subscription, so several gateways split the load. */
    public static final String GATEWAY_SHARED_CHECKINS = "$share/qrgate-gateway/" + DEVICES_PREFIX + "+/checkins";

    private Topics() {
    }

    public static String checkins(DeviceId device) {
        return new DeviceTopic(device, DeviceTopic.Channel.CHECKINS).topic();
    }

    public static String acks(DeviceId device) {
        return new DeviceTopic(device, DeviceTopic.Channel.ACKS).topic();
    }

    public static String status(DeviceId device) {
        return new DeviceTopic(device, DeviceTopic.Channel.STATUS).topic();
    }

    public static String config(DeviceId device) {
        return new DeviceTopic(device, DeviceTopic.Channel.CONFIG).topic();
    }

    /**
     * The device and channel of a per-device topic name as it arrives on a message (not a filter):
     * empty for any other topic, including wildcards, a bad device id or extra levels.
     */
    public static Optional<DeviceTopic> parse(String topic) {
        if (topic == null || !topic.startsWith(DEVICES_PREFIX)) {
            return Optional.empty();
        }
        String rest = topic.substring(DEVICES_PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String device = rest.substring(0, slash);
        String channel = rest.substring(slash + 1);
        // The channel level must be the last one: "checkins/x" finds no channel and is refused.
        if (!DeviceId.isValid(device)) {
            return Optional.empty();
        }
        return DeviceTopic.Channel.fromLevel(channel).map(c -> new DeviceTopic(new DeviceId(device), c));
    }
}
