package vn.qrgate.reader.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The pins the agent drives (and the direction switch it reads): the board profile's, with the
 * config's {@code outputs:} overrides applied. {@code relayPulse} is present exactly when there is a relay.
 */
public record Outputs(Pins pins, Optional<Duration> relayPulse) {

    public static final Duration MIN_RELAY_PULSE = Duration.ofMillis(50);
    public static final Duration MAX_RELAY_PULSE = Duration.ofSeconds(30);

    public Outputs {
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(relayPulse, "relayPulse");
        if (pins.relay().isPresent() != relayPulse.isPresent()) {
            throw new IllegalArgumentException("a relay pulse is given with a relay and only then");
        }
        relayPulse.ifPresent(p -> {
            if (p.compareTo(MIN_RELAY_PULSE) < 0 || p.compareTo(MAX_RELAY_PULSE) > 0) {
                throw new IllegalArgumentException("relay pulse must be 50ms to 30s");
            }
        });
    }
}
