package vn.qrgate.reader.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The QG1 signing keys (a JWK Set), the revocation list, and how old the keys may get before the status warns. */
public record TrustConfig(Path file, Optional<Path> revocations, Duration maxAge) {

    public TrustConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(revocations, "revocations");
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("trust maxAge must be positive");
        }
    }
}
