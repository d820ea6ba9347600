package vn.qrgate.protocol.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.qrgate.protocol.code.Kind;

/** A QR Gate signed personal code whose signature checked out against the trust list. */
public record Qg1Subject(
        String keyId,
        DocumentType documentType,
        String documentNumber,
        String name,
        LocalDate birthDate,
        Instant issuedAt,
        Instant expiresAt) implements Subject {

    public Qg1Subject {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public Kind kind() {
        return Kind.QG1;
    }

    @Override
    public Identity identity() {
        return new Identity(documentType, documentNumber, name, birthDate, null, null);
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "Qg1Subject[personal fields hidden]";
    }
}
