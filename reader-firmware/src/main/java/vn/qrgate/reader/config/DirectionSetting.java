package vn.qrgate.reader.config;

import java.util.Optional;
import vn.qrgate.protocol.event.Direction;

/** Where a scan's direction comes from: fixed for the device, or read from the direction switch. */
public enum DirectionSetting {
    IN,
    OUT,
    /** Read the direction switch input at each scan (a bus conductor's boarding/alighting switch). */
    SWITCH;

    /** The fixed direction, or empty for {@link #SWITCH}. */
    public Optional<Direction> fixed() {
        return switch (this) {
            case IN -> Optional.of(Direction.IN);
            case OUT -> Optional.of(Direction.OUT);
            case SWITCH -> Optional.empty();
        };
    }
}
