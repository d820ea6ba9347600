package vn.qrgate.protocol.trust;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a reader trusts for QG1 codes, indexed by key id, and when the list was obtained (so a
 * device can tell that it has not heard from the registry for too long).
 */
public final class TrustList {

    private static final TrustList EMPTY = new TrustList(Map.of(), Optional.empty());

    private final Map<String, TrustedKey> byKeyId;
    private final Optional<Instant> obtainedAt;

    private TrustList(Map<String, TrustedKey> byKeyId, Optional<Instant> obtainedAt) {
        this.byKeyId = byKeyId;
        this.obtainedAt = obtainedAt;
    }

    public static TrustList empty() {
        return EMPTY;
    }

    public static TrustList of(Collection<TrustedKey> keys, Optional<Instant> obtainedAt) {
        Map<String, TrustedKey> map = new LinkedHashMap<>();
        for (TrustedKey key : keys) {
            if (map.putIfAbsent(key.keyId(), key) != null) {
                throw new TrustListException("key id '" + key.keyId() + "' appears more than once");
            }
        }
        return new TrustList(Map.copyOf(map), obtainedAt);
    }

    public Optional<TrustedKey> find(String keyId) {
        return Optional.ofNullable(byKeyId.get(keyId));
    }

    public int size() {
        return byKeyId.size();
    }

    public Optional<Instant> obtainedAt() {
        return obtainedAt;
    }

    /** Older than {@code maxAge} at {@code now}; a list of unknown age counts as stale. */
    public boolean isStale(Instant now, Duration maxAge) {
        return obtainedAt.map(at -> Duration.between(at, now).compareTo(maxAge) > 0).orElse(true);
    }

    public TrustList obtainedAt(Instant when) {
        return new TrustList(byKeyId, Optional.of(when));
    }
}
