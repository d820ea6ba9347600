package vn.qrgate.reader.config;

/**
 * A GPIO output by its BCM number. {@code activeLow}: the device is on when the pin is low (most
 * opto-isolated relay boards), so "off" at start-up and shutdown means driving the pin high.
 */
public record OutputPin(int bcm, boolean activeLow) {

    public OutputPin {
        Pins.requireBcm(bcm);
    }

    @Override
    public String toString() {
        return "BCM " + bcm + (activeLow ? " (active low)" : "");
    }
}
