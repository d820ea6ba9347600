package vn.qrgate.registry.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Values;
import vn.qrgate.config.Values.Parser;

/**
 * The value parsers only the registry has, and those whose rule names its own examples (durations, paths);
 * the shared ones are in {@link vn.qrgate.config.Values}. A parser throws IllegalArgumentException whose
 * message is the rule, never the value (the caller shows the value, masked when it is a secret). How a
 * value is shown in an error line is also the registry's own: it masks the secrets its addresses can carry.
 */
final class RegistryValues {

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.:-]*://)[^/@]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");
    private static final int SHOWN_MAX = 80;

    private RegistryValues() {
    }

    static Parser<Duration> duration(Duration min, Duration max) {
        return Values.duration(min, max, "500ms, 10s, 5m, 12h or 30d");
    }

    /** Relative paths are taken from the config file's folder (see {@link Values#path}). */
    static Parser<Path> path(Path baseDir) {
        return Values.path(baseDir, "/var/lib/qrgate/registry.db");
    }

    static Parser<String> matching(Pattern pattern, String rule) {
        return text -> {
            if (!pattern.matcher(text).matches()) {
                throw new IllegalArgumentException(rule);
            }
            return text;
        };
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
