package vn.qrgate.reader.adapter.gpio;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one board is wired: which BCM GPIO drives each output, which reads the direction switch, and
 * how long the relay holds the gate open. Checked when built, so a wrong board profile fails at
 * start-up naming the key, not at the first scan with a relay that never clicks.
 *
 * <p>The green and red LEDs are required: they are how a visitor learns the verdict. The relay is
 * optional because a conductor's handheld has no gate (see {@code hardware-profiles/boards}); the
 * relay pulse then only sets how long the green LED stays on.
 *
 * <p>Pin numbers are BCM (the {@code GPIO17} names), not physical header positions: that is what
 * libgpiod calls line offsets, and what pinout diagrams print next to the header.
 */
public record GpioPins(
        Optional<OutputPin> relay,
        OutputPin greenLed,
        OutputPin redLed,
        Optional<OutputPin> buzzer,
        Optional<OutputPin> statusLed,
        Optional<SwitchPin> directionSwitch,
        Duration relayPulse) {

    public static final String RELAY = "relay";
    public static final String GREEN_LED = "greenLed";
    public static final String RED_LED = "redLed";
    public static final String BUZZER = "buzzer";
    public static final String STATUS_LED = "statusLed";
    public static final String DIRECTION_SWITCH = "directionSwitch";
    public static final String RELAY_PULSE = "relayPulse";

    public static final int MIN_BCM = 0;
    public static final int MAX_BCM = 27;
    public static final Duration DEFAULT_RELAY_PULSE = Duration.ofMillis(800);
    public static final Duration MIN_RELAY_PULSE = Duration.ofMillis(10);
    public static final Duration MAX_RELAY_PULSE = Duration.ofSeconds(10);

    /** Pull resistor on the switch input; UP suits a switch wired to ground. */
    public enum Pull { UP, DOWN, OFF }

    /** An electrical level on a pin. */
    public enum Level { HIGH, LOW }

    /**
     * One output. {@code activeLow} is for the common relay boards (and LEDs wired to 3V3) that
     * switch on when the pin is pulled LOW: "off" then means driving HIGH, also at start and stop.
     */
    public record OutputPin(int bcm, boolean activeLow) {
        public OutputPin {
            checkBcm("pin", bcm);
        }

        public static OutputPin activeHigh(int bcm) {
            return new OutputPin(bcm, false);
        }

        public static OutputPin activeLow(int bcm) {
            return new OutputPin(bcm, true);
        }
    }

    /** The direction input, and which level on it means {@code IN}; the other level means OUT. */
    public record SwitchPin(int bcm, Pull pull, Level inLevel) {
        public SwitchPin {
            checkBcm("pin", bcm);
            if (pull == null) {
                throw new GpioSettingsException(DIRECTION_SWITCH + ".pull", "missing", "UP, DOWN or OFF");
            }
            if (inLevel == null) {
                throw new GpioSettingsException(DIRECTION_SWITCH + ".inLevel", "missing", "HIGH or LOW");
            }
        }

        /**
         * A switch to ground with the internal pull-up: open (or unplugged) reads HIGH and means IN,
         * the same direction a reader without a switch uses.
         */
        public static SwitchPin toGround(int bcm) {
            return new SwitchPin(bcm, Pull.UP, Level.HIGH);
        }
    }

    public GpioPins {
        relay = relay == null ? Optional.empty() : relay;
        require(GREEN_LED, greenLed);
        require(RED_LED, redLed);
        buzzer = buzzer == null ? Optional.empty() : buzzer;
        statusLed = statusLed == null ? Optional.empty() : statusLed;
        directionSwitch = directionSwitch == null ? Optional.empty() : directionSwitch;
        checkRelayPulse(relayPulse);
        Map<Integer, String> taken = new HashMap<>();
        relay.ifPresent(pin -> claim(taken, RELAY, pin.bcm()));
        claim(taken, GREEN_LED, greenLed.bcm());
        claim(taken, RED_LED, redLed.bcm());
        buzzer.ifPresent(pin -> claim(taken, BUZZER, pin.bcm()));
        statusLed.ifPresent(pin -> claim(taken, STATUS_LED, pin.bcm()));
        directionSwitch.ifPresent(pin -> claim(taken, DIRECTION_SWITCH, pin.bcm()));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The outputs that are wired, by role, in a fixed order (relay first). */
    public Map<String, OutputPin> outputs() {
        Map<String, OutputPin> out = new LinkedHashMap<>();
        relay.ifPresent(pin -> out.put(RELAY, pin));
        out.put(GREEN_LED, greenLed);
        out.put(RED_LED, redLed);
        buzzer.ifPresent(pin -> out.put(BUZZER, pin));
        statusLed.ifPresent(pin -> out.put(STATUS_LED, pin));
        return out;
    }

    static void checkRelayPulse(Duration relayPulse) {
        if (relayPulse == null) {
            throw new GpioSettingsException(RELAY_PULSE, "missing", pulseRange());
        }
        if (relayPulse.compareTo(MIN_RELAY_PULSE) < 0 || relayPulse.compareTo(MAX_RELAY_PULSE) > 0) {
            throw new GpioSettingsException(RELAY_PULSE, relayPulse.toMillis() + " ms", pulseRange());
        }
    }

    private static String pulseRange() {
        return MIN_RELAY_PULSE.toMillis() + " ms to " + MAX_RELAY_PULSE.toSeconds() + " s (default "
                + DEFAULT_RELAY_PULSE.toMillis() + " ms)";
    }

    private static void checkBcm(String setting, int bcm) {
        if (bcm < MIN_BCM || bcm > MAX_BCM) {
            throw new GpioSettingsException(setting, Integer.toString(bcm),
                    "a BCM GPIO number " + MIN_BCM + ".." + MAX_BCM + " (GPIO17 is 17, not header pin 11)");
        }
    }

    private static void require(String role, Object pin) {
        if (pin == null) {
            throw new GpioSettingsException(role, "missing", "a BCM GPIO number " + MIN_BCM + ".." + MAX_BCM);
        }
    }

    private static void claim(Map<Integer, String> taken, String role, int bcm) {
        String other = taken.putIfAbsent(bcm, role);
        if (other != null) {
            throw new GpioSettingsException(role, Integer.toString(bcm),
                    "GPIO " + bcm + " is already used by " + other + "; " + other + " and " + role
                            + " each need their own pin");
        }
    }

    /** Pin numbers given here are checked at once, so the error names the role, not just "pin". */
    public static final class Builder {
        private OutputPin relay;
        private OutputPin greenLed;
        private OutputPin redLed;
        private OutputPin buzzer;
        private OutputPin statusLed;
        private SwitchPin directionSwitch;
        private Duration relayPulse = DEFAULT_RELAY_PULSE;

        private Builder() {
        }

        public Builder relay(int bcm) {
            return relay(output(RELAY, bcm, false));
        }

        public Builder relay(OutputPin pin) {
            this.relay = pin;
            return this;
        }

        public Builder greenLed(int bcm) {
            return greenLed(output(GREEN_LED, bcm, false));
        }

        public Builder greenLed(OutputPin pin) {
            this.greenLed = pin;
            return this;
        }

        public Builder redLed(int bcm) {
            return redLed(output(RED_LED, bcm, false));
        }

        public Builder redLed(OutputPin pin) {
            this.redLed = pin;
            return this;
        }

        public Builder buzzer(int bcm) {
            return buzzer(output(BUZZER, bcm, false));
        }

        public Builder buzzer(OutputPin pin) {
            this.buzzer = pin;
            return this;
        }

        public Builder statusLed(int bcm) {
            return statusLed(output(STATUS_LED, bcm, false));
        }

        public Builder statusLed(OutputPin pin) {
            this.statusLed = pin;
            return this;
        }

        public Builder directionSwitch(int bcm, Pull pull, Level inLevel) {
            checkBcm(DIRECTION_SWITCH, bcm);
            return directionSwitch(new SwitchPin(bcm, pull, inLevel));
        }

        public Builder directionSwitch(SwitchPin pin) {
            this.directionSwitch = pin;
            return this;
        }

        public Builder relayPulse(Duration value) {
            this.relayPulse = value;
            return this;
        }

        public GpioPins build() {
            return new GpioPins(Optional.ofNullable(relay), greenLed, redLed, Optional.ofNullable(buzzer),
                    Optional.ofNullable(statusLed), Optional.ofNullable(directionSwitch), relayPulse);
        }

        private static OutputPin output(String role, int bcm, boolean activeLow) {
            checkBcm(role, bcm);
            return new OutputPin(bcm, activeLow);
        }
    }
}
