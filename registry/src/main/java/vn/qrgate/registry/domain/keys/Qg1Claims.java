package vn.qrgate.registry.domain.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What a QG1 code says (DESIGN §3): the signing key, the person, and when it was issued and expires. */
public record Qg1Claims(String kid, String sub, String name, LocalDate dob, Instant iat, Instant exp) {

    public Qg1Claims {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(sub, "sub");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dob, "dob");
        Objects.requireNonNull(iat, "iat");
        Objects.requireNonNull(exp, "exp");
        if (!exp.isAfter(iat)) {
            throw new IllegalArgumentException("exp must be after iat");
        }
    }

    @Override
    public String toString() {
        // Never the person: claims end up in exceptions and logs.
        return "Qg1Claims[kid=" + kid + ", iat=" + iat + ", exp=" + exp + "]";
    }
}
