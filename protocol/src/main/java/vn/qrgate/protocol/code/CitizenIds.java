package vn.qrgate.protocol.code;

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
}
