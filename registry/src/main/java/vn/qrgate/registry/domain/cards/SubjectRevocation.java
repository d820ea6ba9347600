package vn.qrgate.registry.domain.cards;

import java.time.Instant;
import java.util.Objects;

/**
 * One person on the revocation list: every code of theirs issued before {@code issuedBefore} is revoked,
 * so the card issued after it stays valid (DESIGN §3's revocation list, {@code subjects[]}).
 */
public record SubjectRevocation(String subjectHash, Instant issuedBefore) {

    public SubjectRevocation {
        Objects.requireNonNull(subjectHash, "subjectHash");
        Objects.requireNonNull(issuedBefore, "issuedBefore");
    }
}
