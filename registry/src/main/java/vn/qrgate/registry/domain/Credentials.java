package vn.qrgate.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which caller each token belongs to. Every entry is compared, so the time taken says nothing about which matched. */
public final class Credentials {

    public record Entry(TokenDigest digest, Caller caller) {
        public Entry {
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(caller, "caller");
        }
    }

    private final List<Entry> entries;

    public Credentials(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (int i = 0; i < this.entries.size(); i++) {
            for (int j = i + 1; j < this.entries.size(); j++) {
                if (this.entries.get(i).digest().sameAs(this.entries.get(j).digest())) {
                    throw new IllegalArgumentException("two callers share a token: " + this.entries.get(i).caller().id()
                            + " and " + this.entries.get(j).caller().id());
                }
            }
        }
    }

    public Optional<Caller> identify(String presentedToken) {
        if (presentedToken == null || presentedToken.isEmpty()) {
            return Optional.empty();
        }
        TokenDigest presented = TokenDigest.ofPresented(presentedToken);
        Caller found = null;
        for (Entry entry : entries) {
            if (entry.digest().sameAs(presented) && found == null) {
                found = entry.caller();
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        entries.forEach(e -> callers.add(e.caller()));
        return callers;
    }
}
