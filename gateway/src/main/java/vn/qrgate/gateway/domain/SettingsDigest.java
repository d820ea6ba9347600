package vn.qrgate.gateway.domain;

import java.time.Duration;
import java.util.Optional;
import vn.qrgate.protocol.event.Direction;

/**
 * A stable text for a device's pushed settings without their version, so the store can tell whether they
 * changed (and the version must grow) or not (the same version is published again).
 */
public final class SettingsDigest {

    private SettingsDigest() {
    }

    public static String of(Optional<Direction> direction, Optional<Duration> duplicateWindow) {
        return "direction=" + direction.map(Enum::name).orElse("-") + ";duplicateWindowSeconds="
                + duplicateWindow.map(d -> Long.toString(d.toSeconds())).orElse("-");
    }
}
