package vn.qrgate.registry.config;

import java.util.Objects;

/** Where the API listens. Port 0 asks the system for a free port (tests, the demo). */
public record HttpSettings(String host, int port) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("http.host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("http.port must be 0..65535");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Defaults.HTTP_HOST, Defaults.HTTP_PORT);
    }

    public static HttpSettings anyFreePort() {
        return new HttpSettings(Defaults.HTTP_HOST, 0);
    }
}
