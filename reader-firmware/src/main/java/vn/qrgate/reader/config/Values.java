package vn.qrgate.reader.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.protocol.event.DeviceId;

/**
 * Parsers for the value syntaxes of the config (durations, sizes, percentages, hex ids…). A parser
 * throws IllegalArgumentException whose message is the rule: what is allowed, never the value itself
 * (the caller shows the value, masked when it is a secret).
 */
final class Values {

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|kb|mb|gb|kib|mib|gib)");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}(_?\\d{3})*|\\d{1,18}");
    private static final Pattern HEX16 = Pattern.compile("(0x)?([0-9a-f]{1,4})");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");
    private static final int SHOWN_MAX = 80;

    private Values() {
    }

    static Parser<Long> integer(long min, long max) {
        String rule = "a whole number from " + min + " to " + max;
        return text -> {
            if (!INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException(rule);
            }
            String digits = text.replace("_", "");
            if (digits.length() > 18) {
                throw new IllegalArgumentException(rule);
            }
            long n = Long.parseLong(digits);
            if (n < min || n > max) {
                throw new IllegalArgumentException(rule);
            }
            return n;
        };
    }

    static Parser<Integer> integer(int min, int max) {
        Parser<Long> wide = integer((long) min, (long) max);
        return text -> wide.parse(text).intValue();
    }

    static Parser<Duration> duration(Duration min, Duration max) {
        String rule = "a duration such as 800ms, 10s, 10m, 48h or 7d, from " + formatDuration(min) + " to "
                + formatDuration(max);
        return text -> {
            Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
            Duration d;
            if (text.equals("0")) {
                d = Duration.ZERO;
            } else if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                throw new IllegalArgumentException(rule);
            }
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(rule);
            }
            return d;
        };
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

    /** Matches the names case-insensitively; the rule lists them and suggests the nearest. */
    static <E> Parser<E> oneOf(List<E> values, Function<E, String> configName) {
        Map<String, E> byName = new LinkedHashMap<>();
        values.forEach(v -> byName.put(configName.apply(v), v));
        return text -> {
            for (Map.Entry<String, E> e : byName.entrySet()) {
                if (e.getKey().equalsIgnoreCase(text)) {
                    return e.getValue();
                }
            }
            throw new IllegalArgumentException("one of " + String.join(", ", byName.keySet())
                    + Suggest.didYouMean(text, byName.keySet()));
        };
    }

    static <E extends Enum<E>> Parser<E> oneOf(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()), Enum::name);
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

    /** Relative paths are taken from the config file's directory, never from wherever the agent was started. */
    static Parser<Path> path(Path baseDir) {
        return text -> {
            try {
                if (text.indexOf('\0') >= 0) {
                    throw new InvalidPathException(text, "NUL character");
                }
                Path p = Path.of(text);
                return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("a file path such as /var/lib/qrgate/outbox.db");
            }
        };
    }

    static Parser<String> text(int maxLength) {
        String rule = "text of 1 to " + maxLength + " characters, without control characters";
        return text -> {
            if (text.isBlank() || text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(rule);
            }
            return text;
        };
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

    /** The largest unit that states the duration exactly: {@code 800ms}, {@code 10s}, {@code 7d}. */
    static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms == 0) {
            return "0s";
        }
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L};
        String[] units = {"d", "h", "m", "s"};
        for (int i = 0; i < sizes.length; i++) {
            if (ms % sizes[i] == 0) {
                return ms / sizes[i] + units[i];
            }
        }
        return ms + "ms";
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
