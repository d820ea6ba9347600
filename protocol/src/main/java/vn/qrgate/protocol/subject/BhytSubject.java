package vn.qrgate.protocol.subject;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.code.Kind;

/**
 * The QR on a health-insurance (BHYT) card. {@code layout} is the number of fields the code had
 * (10, 15 or 17, counting the closing {@code $}); text fields are already hex-decoded; empty
 * ({@code -}) fields are empty optionals.
 */
public record BhytSubject(
        int layout,
        String cardNumber,
        String name,
        LocalDate birthDate,
        Sex sex,
        Optional<String> address,
        String registrationPlace,
        LocalDate validFrom,
        Optional<LocalDate> validTo,
        Optional<LocalDate> issueDate,
        Optional<String> householdCode,
        Optional<String> parentName,
        Optional<LocalDate> fiveYearsFrom,
        Optional<String> checkString,
        Optional<String> issuer) implements Subject {

    public BhytSubject {
        if (layout != 10 && layout != 15 && layout != 17) {
            throw new IllegalArgumentException("layout must be 10, 15 or 17 fields, was " + layout);
        }
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(registrationPlace, "registrationPlace");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(householdCode, "householdCode");
        Objects.requireNonNull(parentName, "parentName");
        Objects.requireNonNull(fiveYearsFrom, "fiveYearsFrom");
        Objects.requireNonNull(checkString, "checkString");
        Objects.requireNonNull(issuer, "issuer");
    }

    @Override
    public Kind kind() {
        return Kind.BHYT;
    }

    @Override
    public Identity identity() {
        return new Identity(DocumentType.BHYT, cardNumber, name, birthDate, sex, null);
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "BhytSubject[personal fields hidden]";
    }
}
