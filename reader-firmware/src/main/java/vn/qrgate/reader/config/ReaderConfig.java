package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;

/**
 * Everything the reader agent runs on, checked as a whole by {@link ConfigLoader}: profiles resolved,
 * overrides applied, defaults from {@link Defaults} filled in. Only a {@link ConfigLoad.Valid} carries one.
 */
public record ReaderConfig(
        DeviceId deviceId,
        String venue,
        Mode mode,
        DirectionSetting direction,
        BoardProfile board,
        List<InputConfig> inputs,
        Outputs outputs,
        OutboxConfig outbox,
        Duration duplicateWindow,
        Optional<Path> denyListFile,
        Optional<TrustConfig> trust,
        Duration retention,
        Optional<MqttConfig> mqtt) {

    public static final int MAX_VENUE_LENGTH = 64;

    public ReaderConfig {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        Objects.requireNonNull(denyListFile, "denyListFile");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(mqtt, "mqtt");
        inputs = List.copyOf(inputs);
        if (venue.isBlank() || venue.length() > MAX_VENUE_LENGTH) {
            throw new IllegalArgumentException("venue must be 1 to 64 characters");
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input");
        }
        if (duplicateWindow.isNegative() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("duplicate window must be >= 0 and retention > 0");
        }
        if (direction == DirectionSetting.SWITCH && outputs.pins().directionSwitch().isEmpty()) {
            throw new IllegalArgumentException("direction SWITCH needs a direction switch pin");
        }
    }
}
