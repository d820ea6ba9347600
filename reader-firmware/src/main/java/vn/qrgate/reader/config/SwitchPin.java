package vn.qrgate.reader.config;

import java.util.Objects;
import vn.qrgate.protocol.event.Direction;

/**
 * The direction switch: a GPIO input by its BCM number, its pull resistor, and which level means IN.
 * With {@code pull: up} and a switch to ground, the open switch reads high.
 */
public record SwitchPin(int bcm, Pull pull, boolean inHigh) {

    public enum Pull { UP, DOWN, NONE }

    public SwitchPin {
        Pins.requireBcm(bcm);
        Objects.requireNonNull(pull, "pull");
    }

    /** The direction the switch says for the level just read. */
    public Direction directionFor(boolean high) {
        return high == inHigh ? Direction.IN : Direction.OUT;
    }

    @Override
    public String toString() {
        return "BCM " + bcm + " (pull " + pull.name().toLowerCase(java.util.Locale.ROOT) + ", high = "
                + (inHigh ? "IN" : "OUT") + ")";
    }
}
