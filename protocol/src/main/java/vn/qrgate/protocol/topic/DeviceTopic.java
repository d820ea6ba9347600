package vn.qrgate.protocol.topic;

import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;

/** One of the four per-device topics of DESIGN §4, as parsed by {@link Topics#parse(String)}. */
public record DeviceTopic(DeviceId device, Channel channel) {

    public enum Channel {
        CHECKINS("checkins"),
        ACKS("acks"),
        STATUS("status"),
        CONFIG("config");

        private final String level;

        Channel(String level) {
            this.level = level;
        }

        /** The last topic level, e.g. {@code checkins}. */
        public String level() {
            return level;
        }

        static Optional<Channel> fromLevel(String level) {
            for (Channel channel : values()) {
                if (channel.level.equals(level)) {
                    return Optional.of(channel);
                }
            }
            return Optional.empty();
        }
    }

    public DeviceTopic {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(channel, "channel");
    }

    public String topic() {
        return Topics.DEVICES_PREFIX + device.value() + "/" + channel.level();
    }
}
