package vn.qrgate.config;

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

/**
 * The value parsers every service reads the same way. A parser throws IllegalArgumentException whose
 * message is the rule: what is allowed, never the value itself (the caller shows the value, masked when
 * it is a secret). Durations and paths take the examples their rule names, so each service's message
 * speaks of its own values.
 */
public final class Values {

    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}(_?\\d{3})*|\\d{1,18}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

    private Values() {
    }

    /**
     * A duration such as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 12h} or {@code 30d} (or {@code 0}),
     * from {@code min} to {@code max}; the rule names {@code examples}, e.g. "500ms, 10s, 5m, 12h or 30d".
     */
    public static Parser<Duration> duration(Duration min, Duration max, String examples) {
        String rule = "a duration such as " + examples + ", from " + formatDuration(min) + " to " + formatDuration(max);
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

    /**
     * A file path; a relative one is taken from the config file's folder ({@code baseDir}), never from
     * wherever the service was started. The rule names {@code example}.
     */
    public static Parser<Path> path(Path baseDir, String example) {
        return text -> {
            try {
                if (text.indexOf('\0') >= 0) {
                    throw new InvalidPathException(text, "NUL character");
                }
                Path p = Path.of(text);
                return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("a file path such as " + example);
            }
        };
    }

    public static Parser<Long> integer(long min, long max) {
        String rule = "a whole number from " + min + " to " + max;
        return text -> {
            if (!INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException(rule);
            }
            // 1_000_000_000_000_000_000 matches the grouped form but does not fit a long
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

    public static Parser<Integer> integer(int min, int max) {
        Parser<Long> wide = integer((long) min, (long) max);
        return text -> wide.parse(text).intValue();
    }

    /** Matches the names case-insensitively; the rule lists them and suggests the nearest. */
    public static <E> Parser<E> oneOf(List<E> values, Function<E, String> configName) {
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

    public static <E extends Enum<E>> Parser<E> oneOf(Class<E> type) {
        return oneOf(List.of(type.getEnumConstants()), Enum::name);
    }

    public static Parser<String> text(int maxLength) {
        String rule = "text of 1 to " + maxLength + " characters, without control characters";
        return text -> {
            if (text.isBlank() || text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(rule);
            }
            return text;
        };
    }

    /** The largest unit that states the duration exactly: {@code 800ms}, {@code 10s}, {@code 7d}. */
    public static String formatDuration(Duration d) {
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
}
