package vn.qrgate.reader.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The GPIO pins of a board, each one optional because not every board has every part fitted. */
public record Pins(
        Optional<OutputPin> relay,
        Optional<OutputPin> greenLed,
        Optional<OutputPin> redLed,
        Optional<OutputPin> buzzer,
        Optional<OutputPin> statusLed,
        Optional<SwitchPin> directionSwitch) {

    /** The Pi's header exposes BCM 0..27; higher numbers exist on the SoC but not on the header. */
    public static final int MAX_BCM = 27;

    public static final Pins NONE = new Pins(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Pins {
        Objects.requireNonNull(relay, "relay");
        Objects.requireNonNull(greenLed, "greenLed");
        Objects.requireNonNull(redLed, "redLed");
        Objects.requireNonNull(buzzer, "buzzer");
        Objects.requireNonNull(statusLed, "statusLed");
        Objects.requireNonNull(directionSwitch, "directionSwitch");
    }

    /** Config name → BCM number of every pin in use, in schema order; used to find two parts on one pin. */
    public Map<String, Integer> inUse() {
        Map<String, Integer> used = new LinkedHashMap<>();
        relay.ifPresent(p -> used.put("relay", p.bcm()));
        greenLed.ifPresent(p -> used.put("greenLed", p.bcm()));
        redLed.ifPresent(p -> used.put("redLed", p.bcm()));
        buzzer.ifPresent(p -> used.put("buzzer", p.bcm()));
        statusLed.ifPresent(p -> used.put("statusLed", p.bcm()));
        directionSwitch.ifPresent(p -> used.put("directionSwitch", p.bcm()));
        return used;
    }

    static void requireBcm(int bcm) {
        if (bcm < 0 || bcm > MAX_BCM) {
            throw new IllegalArgumentException("a BCM GPIO number is 0 to " + MAX_BCM);
        }
    }
}
