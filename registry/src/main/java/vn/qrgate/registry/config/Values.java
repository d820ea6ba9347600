package vn.qrgate.registry.config;

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
 * Parsers for the value syntaxes of the config. A parser throws IllegalArgumentException whose
 * message is the rule, never the value (the caller shows the value, masked when it is a secret).
 */
final class Values {

    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}(_?\\d{3})*|\\d{1,18}");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.:-]*://)[^/@]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");
    private static final int SHOWN_MAX = 80;

    private Values() {
    }

    static Parser<Integer> integer(int min, int max) {
        String rule = "a whole number from " + min + " to " + max;
        return text -> {
            if (!INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException(rule);
            }
            long n = Long.parseLong(text.replace("_", ""));
            if (n < min || n > max) {
                throw new IllegalArgumentException(rule);
            }
            return (int) n;
        };
    }

    static Parser<Duration> duration(Duration min, Duration max) {
        String rule = "a duration such as 500ms, 10s, 5m, 12h or 30d, from " + formatDuration(min) + " to "
                + formatDuration(max);
        return text -> {
            Matcher m = DURATION.matcher(text.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(rule);
            }
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(rule);
            }
            return d;
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

    /** Relative paths are taken from the config file's folder, never from wherever the registry was started. */
    static Parser<Path> path(Path baseDir) {
        return text -> {
            try {
                if (text.indexOf('\0') >= 0) {
                    throw new InvalidPathException(text, "NUL character");
                }
                Path p = Path.of(text);
                return (p.isAbsolute() ? p : baseDir.resolve(p)).normalize();
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("a file path such as /var/lib/qrgate/registry.db");
            }
        };
    }

    static Parser<String> matching(Pattern pattern, String rule) {
        return text -> {
            if (!pattern.matcher(text).matches()) {
                throw new IllegalArgumentException(rule);
            }
            return text;
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

    /** The largest unit that states the duration exactly: {@code 500ms}, {@code 10s}, {@code 30d}. */
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

    /** A value as it may appear in an error line: one line, bounded, a password in a URL masked. */
    static String shown(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().limit(SHOWN_MAX).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (raw.codePointCount(0, raw.length()) > SHOWN_MAX) {
            out.append('…');
        }
        return maskUrlSecrets(out.toString());
    }

    static String maskUrlSecrets(String url) {
        String noUserInfo = USER_INFO.matcher(url).replaceFirst("$1" + Secret.SHOWN + "@");
        return PASSWORD_PARAMETER.matcher(noUserInfo).replaceAll("$1" + Secret.SHOWN);
    }
}
