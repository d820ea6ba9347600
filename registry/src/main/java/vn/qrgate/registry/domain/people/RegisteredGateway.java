package vn.qrgate.registry.domain.people;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A gateway registered in the console; a revoked one's token is nobody's any more. */
public record RegisteredGateway(String id, Instant createdAt, Optional<Instant> revokedAt) {

    public RegisteredGateway {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
