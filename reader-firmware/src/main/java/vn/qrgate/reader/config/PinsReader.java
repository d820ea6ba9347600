package vn.qrgate.reader.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/**
 * Reads GPIO pins, in a board profile's {@code pins:} and in the config's {@code outputs:} overrides,
 * with one syntax for both: {@code relay: {pin: 26, activeLow: true}}, the short {@code buzzer: 13},
 * or {@code buzzer: none} (an override only: "not fitted on this unit"). An override keeps whatever
 * it does not restate from the board, so {@code relay: {pin: 17}} keeps the board's activeLow.
 */
final class PinsReader {

    static final Values.Parser<Duration> RELAY_PULSE = ReaderValues.duration(Outputs.MIN_RELAY_PULSE, Outputs.MAX_RELAY_PULSE);

    /** A stand-in board with every part fitted, to check overrides when the real board could not be read. */
    static final Pins EVERY_PART = new Pins(Optional.of(new OutputPin(0, false)), Optional.of(new OutputPin(1, false)),
            Optional.of(new OutputPin(2, false)), Optional.of(new OutputPin(3, false)),
            Optional.of(new OutputPin(4, false)), Optional.of(new SwitchPin(5, SwitchPin.Pull.UP, true)));

    private static final String PIN_RULE = "a BCM GPIO number from 0 to " + Pins.MAX_BCM
            + " (the GPIO number, not the header pin number)";
    private static final Values.Parser<Integer> PIN = text -> {
        try {
            return Values.integer(0, Pins.MAX_BCM).parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PIN_RULE, e);
        }
    };
    private static final Values.Parser<SwitchPin.Pull> PULL =
            Values.oneOf(List.of(SwitchPin.Pull.values()), p -> p.name().toLowerCase(Locale.ROOT));

    private PinsReader() {
    }

    static Pins board(Section pins) {
        return override(pins, Pins.NONE, false);
    }

    /** {@code allowNone}: only an override may remove a part; a board simply leaves it out. */
    static Pins override(Section section, Pins base, boolean allowNone) {
        return new Pins(
                output(section, "relay", base.relay(), allowNone),
                output(section, "greenLed", base.greenLed(), allowNone),
                output(section, "redLed", base.redLed(), allowNone),
                output(section, "buzzer", base.buzzer(), allowNone),
                output(section, "statusLed", base.statusLed(), allowNone),
                directionSwitch(section, base.directionSwitch(), allowNone));
    }

    /**
     * Two parts on one pin: reported on the part named in {@code section} (the override, when there is
     * one), because that is the line the technician has to change.
     */
    static void reportSharedPins(Pins pins, Section section) {
        Map<String, Integer> used = pins.inUse();
        List<String> names = List.copyOf(used.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (used.get(a).equals(used.get(b))) {
                    String blamed = section.given(b) || !section.given(a) ? b : a;
                    String other = blamed.equals(b) ? a : b;
                    section.reading().errorShown(section.key(blamed), "BCM " + used.get(blamed), "the same pin as "
                            + other + "; each part needs its own GPIO pin");
                }
            }
        }
    }

    private static Optional<OutputPin> output(Section section, String name, Optional<OutputPin> base,
                                              boolean allowNone) {
        JsonNode raw = section.raw(name);
        if (!Section.isGiven(raw)) {
            return base;
        }
        boolean fallbackLow = base.map(OutputPin::activeLow).orElse(Defaults.ACTIVE_LOW);
        if (raw.isTextual()) {
            if (raw.asText().equalsIgnoreCase("none") && allowNone) {
                return Optional.empty();
            }
            return section.get(name, shortForm(allowNone)).map(pin -> new OutputPin(pin, fallbackLow)).or(() -> base);
        }
        Optional<Section> child = section.child(name, Keys.OUTPUT_PIN);
        if (child.isEmpty()) {
            return base;
        }
        Section pin = child.get();
        Integer bcm = base.isPresent() ? pin.orDefault("pin", PIN, base.get().bcm()) : pin.require("pin", PIN, "pin: 17");
        Boolean activeLow = pin.orDefault("activeLow", ReaderValues.bool(), fallbackLow);
        return bcm == null || activeLow == null ? base : Optional.of(new OutputPin(bcm, activeLow));
    }

    private static Optional<SwitchPin> directionSwitch(Section section, Optional<SwitchPin> base, boolean allowNone) {
        String name = "directionSwitch";
        JsonNode raw = section.raw(name);
        if (!Section.isGiven(raw)) {
            return base;
        }
        SwitchPin.Pull pullFallback = base.map(SwitchPin::pull).orElse(Defaults.SWITCH_PULL);
        boolean inHighFallback = base.map(SwitchPin::inHigh).orElse(Defaults.SWITCH_IN_HIGH);
        if (raw.isTextual()) {
            if (raw.asText().equalsIgnoreCase("none") && allowNone) {
                return Optional.empty();
            }
            return section.get(name, shortForm(allowNone))
                    .map(pin -> new SwitchPin(pin, pullFallback, inHighFallback)).or(() -> base);
        }
        Optional<Section> child = section.child(name, Keys.SWITCH_PIN);
        if (child.isEmpty()) {
            return base;
        }
        Section pin = child.get();
        Integer bcm = base.isPresent() ? pin.orDefault("pin", PIN, base.get().bcm()) : pin.require("pin", PIN, "pin: 25");
        SwitchPin.Pull pull = pin.orDefault("pull", PULL, pullFallback);
        Boolean inHigh = pin.orDefault("inHigh", ReaderValues.bool(), inHighFallback);
        return bcm == null || pull == null || inHigh == null ? base : Optional.of(new SwitchPin(bcm, pull, inHigh));
    }

    private static Values.Parser<Integer> shortForm(boolean allowNone) {
        return text -> {
            try {
                return PIN.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PIN_RULE + ", or a section such as {pin: 17, activeLow: true}"
                        + (allowNone ? ", or none when the part is not fitted" : ""), e);
            }
        };
    }
}
