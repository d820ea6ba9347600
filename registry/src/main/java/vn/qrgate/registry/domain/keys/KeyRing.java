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
