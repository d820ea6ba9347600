package vn.qrgate.registry.domain.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry's signing keys, oldest first: empty (nothing issued yet) or exactly one active key and
 * any number of retired ones, each id once.
 */
public record KeyRing(List<SigningKey> keys) {

    public KeyRing {
        keys = List.copyOf(keys);
        Set<String> ids = new HashSet<>();
        long active = 0;
        for (SigningKey key : keys) {
            if (!ids.add(key.kid())) {
                throw new IllegalArgumentException("key id " + key.kid() + " appears twice");
            }
            active += key.active() ? 1 : 0;
        }
        if (!keys.isEmpty() && active != 1) {
            throw new IllegalArgumentException("a key ring has exactly one active key, not " + active);
        }
    }

    public static KeyRing empty() {
        return new KeyRing(List.of());
    }

    public Optional<SigningKey> active() {
        return keys.stream().filter(SigningKey::active).findFirst();
    }

    public Optional<SigningKey> find(String kid) {
        return keys.stream().filter(k -> k.kid().equals(kid)).findFirst();
    }

    /** {@code fresh} becomes the active key; the one active before is retired and kept. */
    public KeyRing rotatedTo(SigningKey fresh) {
        if (!fresh.active()) {
            throw new IllegalArgumentException("the new key must be active");
        }
        List<SigningKey> next = new ArrayList<>();
        for (SigningKey key : keys) {
            next.add(key.active() ? key.retired() : key);
        }
        next.add(fresh);
        return new KeyRing(next);
    }

    /** The ring with {@code kid} revoked; the active key must be replaced by rotating first. */
    public KeyRing revoked(String kid) {
        SigningKey key = find(kid).orElseThrow(() -> new IllegalArgumentException("there is no key " + kid
                + " (keys: " + String.join(", ", keys.stream().map(SigningKey::kid).toList()) + ")"));
        if (key.active()) {
            throw new IllegalArgumentException("key " + kid + " is the active key: make a new one with 'keys rotate' "
                    + "first, then revoke " + kid);
        }
        return new KeyRing(keys.stream().map(k -> k.kid().equals(kid) ? k.revoked() : k).toList());
    }

    /** Ids of revoked keys, for the revocation list. */
    public List<String> revokedIds() {
        return keys.stream().filter(k -> k.status() == SigningKey.Status.REVOKED).map(SigningKey::kid).toList();
    }

    /**
     * The keys gates need: the active one, revoked ones (so their codes are refused as REVOKED, not as
     * unknown), and retired ones whose codes may still be valid: those retired less than {@code longestValidity}
     * before {@code now}. A key is retired when the next one is made.
     */
    public List<SigningKey> forGates(Instant now, java.time.Duration longestValidity) {
        List<SigningKey> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            SigningKey key = keys.get(i);
            boolean expired = key.status() == SigningKey.Status.RETIRED && i + 1 < keys.size()
                    && keys.get(i + 1).created().plus(longestValidity).isBefore(now);
            if (!expired) {
                out.add(key);
            }
        }
        return out;
    }

    /** A new key id: {@code qg1-<UTC date>-<4 hex>}, unused in this ring ({@code random} gives 2 bytes a try). */
    public String newKid(Instant now, java.util.function.Supplier<byte[]> random) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int attempt = 0; attempt < 1000; attempt++) {
            String kid = "qg1-" + day + "-" + HexFormat.of().formatHex(random.get(), 0, 2);
            if (find(kid).isEmpty()) {
                return kid;
            }
        }
        throw new IllegalStateException("no unused key id for " + day + " after 1000 tries");
    }
}
