package vn.qrgate.protocol.device;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.InvalidEventException;

/**
 * Runtime settings the gateway may change on a device without a restart, published retained on
 * {@code qrgate/v1/devices/{d}/config} (DESIGN §4). An absent field leaves the device's own config value
 * in force; {@code version} lets a device ignore an older message that a broker redelivers.
 */
public record DeviceSettings(long version, Optional<Direction> direction, Optional<Duration> duplicateWindow) {

    public static final Duration MAX_DUPLICATE_WINDOW = Duration.ofHours(1);

    public DeviceSettings {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        if (version < 1) {
            throw new InvalidEventException("version", "must be >= 1, was " + version);
        }
        if (duplicateWindow.isPresent()
                && (duplicateWindow.get().isNegative() || duplicateWindow.get().compareTo(MAX_DUPLICATE_WINDOW) > 0)) {
            throw new InvalidEventException("duplicateWindowSeconds",
                    "must be 0 to 3600, was " + duplicateWindow.get().toSeconds());
        }
    }
}
