package vn.qrgate.reader.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One board wiring, from {@code hardware-profiles/boards/<id>.yaml}: which GPIO pins drive which
 * part. A {@code simulated} board drives nothing (the agent logs pin changes) and is allowed in any
 * mode, so the demo and tests need no Pi.
 */
public record BoardProfile(
        String id,
        String name,
        String description,
        boolean simulated,
        Pins pins,
        Optional<Duration> relayPulse,
        String wiring) {

    public static final String SIMULATED = "simulated";

    public BoardProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(relayPulse, "relayPulse");
        Objects.requireNonNull(wiring, "wiring");
        if (pins.relay().isPresent() && relayPulse.isEmpty()) {
            throw new IllegalArgumentException("a board with a relay states its relay pulse");
        }
    }
}
