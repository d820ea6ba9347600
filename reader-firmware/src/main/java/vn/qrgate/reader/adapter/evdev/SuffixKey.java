package vn.qrgate.reader.adapter.evdev;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key a keyboard-wedge reader presses after each code. Readers ship with Enter; some are set to
 * Tab, or to nothing, in which case only the pause after the last key ends a code.
 */
public enum SuffixKey {
    ENTER,
    TAB,
    NONE;

    /** Accepts the names as written in a config file or hardware profile, in any case. */
    public static SuffixKey parse(String name) {
        if (name != null) {
            String wanted = name.trim().toUpperCase(Locale.ROOT);
            for (SuffixKey key : values()) {
                if (key.name().equals(wanted)) {
                    return key;
                }
            }
        }
        throw new WedgeSettingsException("suffix", String.valueOf(name), "one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
