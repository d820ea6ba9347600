package vn.qrgate.registry.config;

import java.util.Objects;

/** A password from the config. Prints as {@code ***} so no log line or summary can show it. */
public record Secret(String value) {

    public static final String SHOWN = "***";

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    /** The real value, for the one place that needs it (the database connection). */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return SHOWN;
    }
}
