package vn.qrgate.registry.domain.people;

import java.time.Duration;
import java.util.Objects;

/**
 * How one-time login codes are given out: how long a code lives, how many wrong tries it takes, and
 * how often a phone may be sent one. The values in use are the config's defaults.
 */
public record LoginLimits(Duration codeLifetime, int wrongTriesPerCode, Duration minGapBetweenSends,
                          int sendsPerHour) {

    public LoginLimits {
        Objects.requireNonNull(codeLifetime, "codeLifetime");
        Objects.requireNonNull(minGapBetweenSends, "minGapBetweenSends");
        if (codeLifetime.isNegative() || codeLifetime.isZero()) {
            throw new IllegalArgumentException("a code must live a while");
        }
        if (wrongTriesPerCode < 1 || sendsPerHour < 1) {
            throw new IllegalArgumentException("at least one try and one send are needed");
        }
        if (minGapBetweenSends.isNegative()) {
            throw new IllegalArgumentException("the gap between sends cannot be negative");
        }
    }
}
