package vn.qrgate.protocol.event;

import java.util.regex.Pattern;

/**
 * A reader's id: part of every MQTT topic and its MQTT client id, so it is restricted to characters
 * that are safe in both.
 */
public record DeviceId(String value) {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{2,63}";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    // Long enough to recognise a mistyped id in a message, short enough to keep log lines sane.
    private static final int MAX_QUOTED = 80;

    public DeviceId {
        if (value == null) {
            throw new IllegalArgumentException("device id must not be null; allowed: " + PATTERN);
        }
        if (!isValid(value)) {
            // Quoting is fine here: device ids are configuration, not personal data.
            throw new IllegalArgumentException(
                    "device id \"" + printable(value) + "\" does not match " + PATTERN);
        }
    }

    public static DeviceId of(String value) {
        return new DeviceId(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(MAX_QUOTED).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || cp == '"' || cp == '\\') {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (raw.codePointCount(0, raw.length()) > MAX_QUOTED) {
            out.append('…');
        }
        return out.toString();
    }
}
