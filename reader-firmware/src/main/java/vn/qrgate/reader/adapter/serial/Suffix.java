package vn.qrgate.reader.adapter.serial;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a reader sends after each code. Readers ship with CR or CRLF; some are set to TAB or to
 * nothing, in which case only a pause in the byte stream ends a frame.
 */
public enum Suffix {
    CR,
    LF,
    CRLF,
    TAB,
    NONE;

    /** Accepts the names as written in a hardware profile, in any case. */
    public static Suffix parse(String name) {
        if (name != null) {
            String wanted = name.trim().toUpperCase(Locale.ROOT);
            for (Suffix suffix : values()) {
                if (suffix.name().equals(wanted)) {
                    return suffix;
                }
            }
        }
        throw new SerialSettingsException("suffix", String.valueOf(name), "one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
