package vn.qrgate.config;

import java.util.Objects;

/**
 * One thing wrong with a config file: where ({@code store.path}, {@code devices[2].venue},
 * {@code boards/relay-hat-gate.yaml#pins.relay.pin}), what was written there (secrets as {@code ***}),
 * and what is allowed, in words the person installing the service can act on.
 */
public record ConfigError(String key, String value, String rule) {

    /** Shown as the value of a key that is required but absent. */
    public static final String MISSING = "(missing)";

    public ConfigError {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@code key: value — rule}, the line {@code check-config} prints. */
    @Override
    public String toString() {
        return key + ": " + value + " — " + rule;
    }
}
