package vn.qrgate.protocol.code;

import java.time.LocalDate;
import java.util.Optional;
import vn.qrgate.protocol.subject.DocumentType;

/**
 * Whether a typed number is a Vietnamese citizen ID: a CCCD (12 digits starting with 0 and an
 * existing province code) or an old CMND (9 digits). For forms, where there is no QR code to parse;
 * the rules are the ones the code parsers use ({@link DocumentNumbers}).
 */
public final class CitizenIds {

    /** What a form says about the number, without quoting it. */
    public static final String RULE = "a CCCD number (12 digits, starting 0 + a province code 01–96) "
            + "or a CMND number (9 digits)";

    private CitizenIds() {
    }

    /** CCCD or CMND when the number has that shape, otherwise empty. */
    public static Optional<DocumentType> typeOf(String number) {
        if (number == null) {
            return Optional.empty();
        }
        Optional<DocumentType> type = DocumentNumbers.typeOf(number);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        return switch (type.get()) {
            case CCCD -> Provinces.cccdPrefixExists(number, 0) ? type : Optional.empty();
            case CMND -> type;
            default -> Optional.empty();
        };
    }

    /** What a form says when {@link #agreesWithBirthDate} is false, without quoting the number. */
    public static final String BIRTH_RULE = "the birth year must match the CCCD number's 4th digit (century) and "
            + "5th–6th digits (year)";

    /**
     * Whether a CCCD number's century and year digits give the year of {@code birth}, as a reader's CCCD
     * check does; CMND numbers carry no birth year and always agree.
     */
    public static boolean agreesWithBirthDate(String number, LocalDate birth) {
        if (typeOf(number).orElse(null) != DocumentType.CCCD) {
            return typeOf(number).isPresent();
        }
        return DocumentNumbers.checkCccdAgrees(Kind.CCCD, number, "number", birth, null) == null;
    }
}
