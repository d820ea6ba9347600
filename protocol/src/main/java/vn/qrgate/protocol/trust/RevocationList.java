package vn.qrgate.protocol.trust;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Revoked QG1 signing keys, and revoked people's codes. A person is named by a salted hash of
 * the document number ({@link #subjectHash}), never the number itself. A subject entry with an
 * {@code issuedBefore} instant revokes only codes issued before it, so re-issuing a card revokes
 * the old code and leaves the new one valid.
 */
public record RevocationList(String salt, Set<String> keyIds, Map<String, Optional<Instant>> subjects) {

    private static final RevocationList NONE = new RevocationList("", Set.of(), Map.of());

    public RevocationList {
        Objects.requireNonNull(salt, "salt");
        keyIds = Set.copyOf(keyIds);
        subjects = Map.copyOf(subjects);
    }

    public static RevocationList none() {
        return NONE;
    }

    public boolean isEmpty() {
        return keyIds.isEmpty() && subjects.isEmpty();
    }

    public boolean revokes(String keyId, String documentNumber, Instant issuedAt) {
        if (keyIds.contains(keyId)) {
            return true;
        }
        if (subjects.isEmpty()) {
            return false;
        }
        Optional<Instant> before = subjects.get(subjectHash(salt, documentNumber));
        // null: the person is not on the list at all
        return before != null && before.map(issuedAt::isBefore).orElse(true);
    }

    /** The hash a subject entry holds: see {@link SubjectHash}. */
    public static String subjectHash(String salt, String documentNumber) {
        return SubjectHash.of(salt, documentNumber);
    }
}
