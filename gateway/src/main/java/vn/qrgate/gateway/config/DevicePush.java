package vn.qrgate.gateway.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.Direction;

/**
 * Runtime settings pushed to one device (retained on its config topic). The version the device sees is
 * kept by the gateway's store and grows whenever these change.
 */
public record DevicePush(Optional<Direction> direction, Optional<Duration> duplicateWindow) {

    public DevicePush {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        if (duplicateWindow.isPresent() && (duplicateWindow.get().isNegative()
                || duplicateWindow.get().compareTo(DeviceSettings.MAX_DUPLICATE_WINDOW) > 0)) {
            throw new IllegalArgumentException("duplicateWindow must be 0s..1h");
        }
        if (duplicateWindow.isPresent() && duplicateWindow.get().toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("duplicateWindow must be whole seconds");
        }
    }

    public DeviceSettings withVersion(long version) {
        return new DeviceSettings(version, direction, duplicateWindow);
    }
}
