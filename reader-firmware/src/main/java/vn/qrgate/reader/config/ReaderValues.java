package vn.qrgate.reader.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Values;
import vn.qrgate.config.Values.Parser;
import vn.qrgate.protocol.event.DeviceId;

/**
 * The value parsers only the reader has, and those whose rule names its own examples (durations, paths);
 * the shared ones are in {@link vn.qrgate.config.Values}. A parser throws IllegalArgumentException whose
 * message is the rule, never the value (the caller shows the value, masked when it is a secret). How a
 * value is shown in an error line is also the reader's own: it masks the secrets its addresses can carry.
 */
final class ReaderValues {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|kb|mb|gb|kib|mib|gib)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Pattern HEX16 = Pattern.compile("(0x)?([0-9a-f]{1,4})");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");
    private static final int SHOWN_MAX = 80;

    private ReaderValues() {
    }

    static Parser<Duration> duration(Duration min, Duration max) {
        return Values.duration(min, max, "800ms, 10s, 10m, 48h or 7d");
    }

    static Parser<Long> size(long min, long max) {
        String rule = "a size such as 100MB or 2GB (1MB = 1024KB), from " + formatSize(min) + " to " + formatSize(max);
        return text -> {
            Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(rule);
            }
            long unit = switch (m.group(2)) {
                case "b" -> 1L;
                case "kb", "kib" -> 1L << 10;
                case "mb", "mib" -> 1L << 20;
                default -> 1L << 30;
            };
            long n = Long.parseLong(m.group(1));
            if (n > max / unit || n * unit < min) {
                throw new IllegalArgumentException(rule);
            }
            return n * unit;
        };
    }

    static Parser<Integer> percent(int min, int max) {
        String rule = "a percentage from " + min + "% to " + max + "%, written with the % sign";
        return text -> {
            Matcher m = PERCENT.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException(rule);
            }
            int n = Integer.parseInt(m.group(1));
            if (n < min || n > max) {
                throw new IllegalArgumentException(rule);
            }
            return n;
        };
    }

    static Parser<Boolean> bool() {
        return text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    /** USB ids are hex, as lsusb prints them; the 0x is optional, so {@code 0b6a} and {@code 0x0b6a} agree. */
    static Parser<Integer> hex16() {
        return text -> {
            Matcher m = HEX16.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("a 16-bit hex id as lsusb shows it, e.g. 0x0c2e");
            }
            return Integer.parseInt(m.group(2), 16);
        };
    }

    /** Relative paths are taken from the config file's folder (see {@link Values#path}). */
    static Parser<Path> path(Path baseDir) {
        return Values.path(baseDir, "/var/lib/qrgate/outbox.db");
    }

    static Parser<DeviceId> deviceId() {
        return text -> {
            if (!DeviceId.isValid(text)) {
                throw new IllegalArgumentException("3 to 64 lower-case letters, digits and '-', starting with a "
                        + "letter or digit (" + DeviceId.PATTERN + "), e.g. kiosk-001; it is also the MQTT client id");
            }
            return DeviceId.of(text);
        };
    }

    static Parser<URI> mqttUri() {
        String rule = "a broker address such as ssl://gateway.local:8883; allowed schemes: tcp://, ssl://, ws://, wss://";
        return text -> {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!MqttConfig.SCHEMES.contains(scheme) || uri.getHost() == null
                        || (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535))) {
                    throw new IllegalArgumentException(rule);
                }
                return new URI(scheme + text.substring(scheme.length()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(rule, e);
            }
        };
    }

    static String formatSize(long bytes) {
        String[] units = {"GB", "MB", "KB"};
        long[] sizes = {1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < sizes.length; i++) {
            if (bytes != 0 && bytes % sizes[i] == 0) {
                return bytes / sizes[i] + units[i];
            }
        }
        return bytes + "B";
    }

    static String maskUserInfo(String uri) {
        return USER_INFO.matcher(uri).replaceFirst("$1" + Secret.SHOWN + "@");
    }

    /** A value as it may appear in an error line: one line, bounded length, user:password@ masked. */
    static String shown(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(SHOWN_MAX).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (raw.codePointCount(0, raw.length()) > SHOWN_MAX) {
            out.append('…');
        }
        return maskUserInfo(out.toString());
    }
}
