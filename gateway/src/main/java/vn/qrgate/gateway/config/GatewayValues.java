package vn.qrgate.gateway.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Values;
import vn.qrgate.config.Values.Parser;
import vn.qrgate.protocol.event.DeviceId;

/**
 * The value parsers only the gateway has, and those whose rule names its own examples (durations, paths);
 * the shared ones are in {@link vn.qrgate.config.Values}. A parser throws IllegalArgumentException whose
 * message is the rule, never the value (the caller shows the value, masked when it is a secret). How a
 * value is shown in an error line is also the gateway's own: it masks the secrets its addresses can carry.
 */
final class GatewayValues {

    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@");
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;](password|sslpassword)=)[^&;]*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]|[0-9A-Fa-f:]+");
    private static final Pattern SQL_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int SHOWN_MAX = 80;

    private GatewayValues() {
    }

    static Parser<Duration> duration(Duration min, Duration max) {
        return Values.duration(min, max, "500ms, 10s, 3m, 48h or 30d");
    }

    /** Relative paths are taken from the config file's folder (see {@link Values#path}). */
    static Parser<Path> path(Path baseDir) {
        return Values.path(baseDir, "/var/lib/qrgate/gateway.db");
    }

    static Parser<String> secret(int maxLength) {
        return text -> {
            if (text.length() > maxLength || text.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("at most " + maxLength + " characters, without control characters");
            }
            return text;
        };
    }

    static Parser<DeviceId> deviceId() {
        return text -> {
            if (!DeviceId.isValid(text)) {
                throw new IllegalArgumentException("3 to 64 lower-case letters, digits and '-', starting with a "
                        + "letter or digit (" + DeviceId.PATTERN + "), e.g. kiosk-0001; it is also its MQTT client id");
            }
            return DeviceId.of(text);
        };
    }

    /** Gateway ids follow the device-id rule: they end up in an MQTT client id. */
    static Parser<String> gatewayId() {
        return text -> {
            if (!GatewayConfig.GATEWAY_ID.matcher(text).matches()) {
                throw new IllegalArgumentException("3 to 64 lower-case letters, digits and '-', starting with a "
                        + "letter or digit (" + GatewayConfig.GATEWAY_ID.pattern() + "), e.g. gw-1; the MQTT client id "
                        + "is qrgate-gateway-<gatewayId>");
            }
            return text;
        };
    }

    static Parser<URI> mqttUri() {
        String rule = "a broker address such as tcp://127.0.0.1:1883 or ssl://broker.local:8883; allowed schemes: "
                + "tcp://, ssl://, ws://, wss://";
        return text -> {
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!MqttSettings.SCHEMES.contains(scheme) || uri.getHost() == null || uri.getUserInfo() != null
                        || (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535))) {
                    throw new IllegalArgumentException(rule + ", without user:password@ (use username and password)");
                }
                return new URI(scheme + text.substring(scheme.length()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(rule, e);
            }
        };
    }

    static Parser<URI> httpUrl() {
        String rule = "an http:// or https:// address with a host and no path, query or user:password@, "
                + "e.g. http://127.0.0.1:8080";
        return text -> {
            try {
                String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
                URI uri = new URI(trimmed);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                boolean pathOk = uri.getRawPath() == null || uri.getRawPath().isEmpty();
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                        || uri.getUserInfo() != null || !pathOk || uri.getRawQuery() != null
                        || uri.getRawFragment() != null
                        || (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535))) {
                    throw new IllegalArgumentException(rule);
                }
                return new URI(scheme + trimmed.substring(scheme.length()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(rule, e);
            }
        };
    }

    static Parser<String> postgresUrl() {
        String rule = "a PostgreSQL JDBC address such as jdbc:postgresql://127.0.0.1:5432/qrgate (user and password "
                + "go in their own keys)";
        return text -> {
            if (!text.startsWith("jdbc:postgresql://") || text.length() > 2048
                    || text.chars().anyMatch(c -> Character.isISOControl(c) || c == ' ')) {
                throw new IllegalArgumentException(rule);
            }
            try {
                URI uri = new URI(text.substring("jdbc:".length()));
                if (uri.getHost() == null && !text.startsWith("jdbc:postgresql:///")) {
                    throw new IllegalArgumentException(rule);
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(rule, e);
            }
            return text;
        };
    }

    static Parser<String> sqlName() {
        return text -> {
            if (!SQL_NAME.matcher(text).matches()) {
                throw new IllegalArgumentException("1 to 63 lower-case letters, digits and _, starting with a letter "
                        + "or _, e.g. qrgate_gateway");
            }
            return text;
        };
    }

    static Parser<String> host() {
        return text -> {
            if (!HOST.matcher(text).matches()) {
                throw new IllegalArgumentException("a host name or IP address to listen on, e.g. 127.0.0.1 or 0.0.0.0");
            }
            return text;
        };
    }

    /** {@code user:password@} and {@code password=} parameters replaced by {@code ***}, for logs and errors. */
    static String maskUserInfo(String uri) {
        String masked = USER_INFO.matcher(uri).replaceFirst("$1" + Secret.SHOWN + "@");
        return PASSWORD_PARAM.matcher(masked).replaceAll("$1" + Secret.SHOWN);
    }

    /** A value as it may appear in an error line: one line, bounded length, user:password@ masked. */
    static String shown(String raw) {
        String masked = maskUserInfo(raw);
        StringBuilder out = new StringBuilder();
        masked.codePoints().limit(SHOWN_MAX).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (masked.codePointCount(0, masked.length()) > SHOWN_MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
