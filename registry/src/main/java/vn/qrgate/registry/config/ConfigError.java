package vn.qrgate.registry.config;

import java.util.Objects;

/**
 * One thing wrong with a config file: where ({@code store.path}, {@code gateways[2].token}), what was
 * written there (secrets as {@code ***}), and what is allowed, in words an operator can act on.
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
