package vn.qrgate.service;

import java.util.Objects;

/** A service's answer to "are you working?": healthy, or not with a reason a technician can act on. */
public record Health(boolean healthy, String reason) {

    private static final Health OK = new Health(true, "");

    public Health {
        Objects.requireNonNull(reason, "reason");
    }

    public static Health ok() {
        return OK;
    }

    public static Health failing(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a failing health check needs a reason, for systemctl status");
        }
        return new Health(false, reason);
    }
}
