package vn.qrgate.registry.domain.keys;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One Ed25519 key that signs QG1 codes, as far as anyone may see it: its id, when it was made, whether
 * it signs new codes, and its public key (the 32 raw bytes a JWK calls {@code x}). The private half
 * stays in the key store.
 */
public record SigningKey(String kid, Instant created, Status status, byte[] publicKey) {

    /** Ids are printed in codes and trust lists: short and plain. */
    public static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public enum Status {
        /** Signs new codes; exactly one key of a ring. */
        ACTIVE,
        /** Signs nothing new, kept so the codes it signed still verify. */
        RETIRED,
        /** Must not be trusted any more (lost, leaked): gates refuse every code it signed with REVOKED. */
        REVOKED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("a key id is 1 to 64 letters, digits, '.', '_' and '-'");
        }
        if (publicKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 public key is 32 bytes");
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public SigningKey retired() {
        return new SigningKey(kid, created, Status.RETIRED, publicKey);
    }

    public SigningKey revoked() {
        return new SigningKey(kid, created, Status.REVOKED, publicKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey k && kid.equals(k.kid) && created.equals(k.created) && status == k.status
                && Arrays.equals(publicKey, k.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kid, created, status, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", " + status.word() + ", created " + created + "]";
    }
}
