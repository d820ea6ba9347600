package vn.qrgate.gateway.config;

import java.util.Objects;

/** Where {@code /health} and {@code /metrics} are served; port 0 takes a free port. */
public record HttpSettings(String host, int port) {

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("http port must be 0..65535");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Defaults.HTTP_HOST, Defaults.HTTP_PORT);
    }

    /** Loopback on a free port: for tests and demos that run several services on one machine. */
    public static HttpSettings anyFreePort() {
        return new HttpSettings(Defaults.HTTP_HOST, 0);
    }
}
