package vn.qrgate.config;

import java.util.Objects;

/** A password or token from the config. Prints as {@code ***} so no log line or summary can leak it. */
public record Secret(String value) {

    public static final String SHOWN = "***";

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    /** The real value, for the one place that needs it (a broker, database or registry connection). */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return SHOWN;
    }
}
