package vn.qrgate.protocol.subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity fields every kind of code yields, in one shape: what a check-in event carries and
 * what masking works on. {@code sex} and {@code phone} are null when the code does not carry them;
 * {@code birthDate} is null only for a self-declared check-in (see {@link vn.qrgate.protocol.code.Kind#SELF_DECLARED}),
 * which {@link vn.qrgate.protocol.event.Event} checks.
 */
public record Identity(
        DocumentType documentType,
        String documentNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        String phone) {

    public Identity {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(name, "name");
        if (documentNumber.isBlank()) {
            throw new IllegalArgumentException("identity.documentNumber must not be blank");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("identity.name must not be blank");
        }
        if (phone != null && phone.isBlank()) {
            phone = null;
        }
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "Identity[" + documentType + ", personal fields hidden]";
    }
}
