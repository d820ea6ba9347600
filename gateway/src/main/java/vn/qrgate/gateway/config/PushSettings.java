package vn.qrgate.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;

/**
 * What the gateway publishes retained for the devices: the deny list and trust list files (published as
 * they are, after checking them) and per-device runtime settings. Files are looked at again every
 * {@code checkEvery}.
 */
public record PushSettings(Optional<Path> denyList, Optional<Path> trust, Map<DeviceId, DevicePush> devices,
        Duration checkEvery) {

    public PushSettings {
        Objects.requireNonNull(denyList, "denyList");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(checkEvery, "checkEvery");
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(devices, "devices")));
        if (checkEvery.isNegative() || checkEvery.isZero()) {
            throw new IllegalArgumentException("push checkEvery must be > 0");
        }
    }

    public static PushSettings none() {
        return new PushSettings(Optional.empty(), Optional.empty(), Map.of(), Defaults.PUSH_CHECK_EVERY);
    }
}
