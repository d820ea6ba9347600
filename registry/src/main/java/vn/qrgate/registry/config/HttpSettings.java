package vn.qrgate.registry.config;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API listens. Port 0 asks the system for a free port (tests, the demo). {@code publicUrl}
 * is how visitors' phones reach the registry (behind a proxy, say), printed in posters' QR codes;
 * empty means the registry's own address.
 */
public record HttpSettings(String host, int port, Optional<URI> publicUrl) {

    public static final String PUBLIC_URL_RULE = "an absolute http:// or https:// URL without a query, user name "
            + "or password, e.g. https://qrgate.danang.gov.vn";

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("http.host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("http.port must be 0..65535");
        }
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl.ifPresent(HttpSettings::requirePublicUrl);
    }

    public HttpSettings(String host, int port) {
        this(host, port, Optional.empty());
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Defaults.HTTP_HOST, Defaults.HTTP_PORT);
    }

    public static HttpSettings anyFreePort() {
        return new HttpSettings(Defaults.HTTP_HOST, 0);
    }

    public HttpSettings withPublicUrl(URI url) {
        return new HttpSettings(host, port, Optional.of(url));
    }

    /** The URL as given, without a trailing slash, so paths can be appended to it. */
    static URI parsePublicUrl(String text) {
        try {
            String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
            URI url = new URI(trimmed);
            requirePublicUrl(url);
            return url;
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(PUBLIC_URL_RULE);
        }
    }

    private static void requirePublicUrl(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || url.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))
                || url.getHost() == null || url.getRawUserInfo() != null || url.getRawQuery() != null
                || url.getRawFragment() != null) {
            throw new IllegalArgumentException(PUBLIC_URL_RULE);
        }
    }
}
