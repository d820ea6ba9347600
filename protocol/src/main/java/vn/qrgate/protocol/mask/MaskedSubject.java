package vn.qrgate.protocol.mask;

import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.subject.DocumentType;

/** What venue staff see of a person by default (DESIGN §7). Holds nothing that identifies alone. */
public record MaskedSubject(
        DocumentType documentType,
        String documentNumber,
        String name,
        String birthDate,
        Optional<String> phone) {

    public MaskedSubject {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(phone, "phone");
    }
}
