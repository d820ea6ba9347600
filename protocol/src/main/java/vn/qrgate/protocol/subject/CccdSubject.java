package vn.qrgate.protocol.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.code.Kind;

/** The QR on a chip citizen ID card (CCCD). Fields after the seventh are kept as they came. */
public record CccdSubject(
        String idNumber,
        Optional<String> oldIdNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        String address,
        LocalDate issueDate,
        List<String> extraFields) implements Subject {

    public CccdSubject {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(oldIdNumber, "oldIdNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(issueDate, "issueDate");
        extraFields = List.copyOf(extraFields);
    }

    @Override
    public Kind kind() {
        return Kind.CCCD;
    }

    @Override
    public Identity identity() {
        return new Identity(DocumentType.CCCD, idNumber, name, birthDate, sex, null);
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "CccdSubject[personal fields hidden]";
    }
}
