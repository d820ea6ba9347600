package vn.qrgate.protocol.trust;

import java.util.Objects;
import java.util.Set;

/**
 * People a venue must turn away, named by {@link SubjectHash} of their document numbers, never the
 * numbers. Versioned so a device can report which list it applies.
 */
public record DenyList(long version, String salt, Set<String> hashes) {

    private static final DenyList EMPTY = new DenyList(0, "", Set.of());

    public DenyList {
        Objects.requireNonNull(salt, "salt");
        hashes = Set.copyOf(hashes);
        if (version < 0) {
            throw new IllegalArgumentException("deny list version must be >= 0, was " + version);
        }
    }

    public static DenyList empty() {
        return EMPTY;
    }

    public boolean denies(String documentNumber) {
        return !hashes.isEmpty() && hashes.contains(SubjectHash.of(salt, documentNumber));
    }

    public int size() {
        return hashes.size();
    }

    @Override
    public String toString() {
        return "DenyList[version=" + version + ", " + hashes.size() + " entries]";
    }
}
