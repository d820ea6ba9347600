package vn.qrgate.protocol.code;

import java.time.LocalDate;
import java.util.Optional;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Sex;

/**
 * Rules for Vietnamese document numbers. A CCCD number is {@code PPP G YY NNNNNN}: province
 * {@code 0PP}, G = century and sex (even male, odd female; 0/1 = 1900s, 2/3 = 2000s, …), YY = the
 * last two digits of the birth year. There is no check digit.
 */
final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** The document type a number's shape says, or empty if it is no document number we know. */
    static Optional<DocumentType> typeOf(String number) {
        if (Fields.isDigits(number)) {
            if (number.length() == 12) {
                return Optional.of(DocumentType.CCCD);
            }
            if (number.length() == 9) {
                return Optional.of(DocumentType.CMND);
            }
            return Optional.empty();
        }
        return isPassport(number) ? Optional.of(DocumentType.PASSPORT) : Optional.empty();
    }

    /** Passport numbers: 6–12 capital letters and digits with at least one letter (C1234567). */
    static boolean isPassport(String s) {
        if (s.length() < 6 || s.length() > 12) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return letter;
    }

    /** Province check of a 12-digit CCCD number; null when it passes. */
    static CodeResult.Rejected checkCccdProvince(Kind kind, String id, String field) {
        if (!Provinces.cccdPrefixExists(id, 0)) {
            return CodeResult.rejected(kind, Reason.UNKNOWN_PROVINCE,
                    field + ": the first three digits must be 0 + an existing province code (001–096)");
        }
        return null;
    }

    /** Birth-year and sex agreement of a 12-digit CCCD number; null when it agrees. */
    static CodeResult.Rejected checkCccdAgrees(Kind kind, String id, String field, LocalDate birth, Sex sex) {
        int g = Fields.digit(id, 3);
        int century = 1900 + (g / 2) * 100;
        int year = century + Fields.number(id, 4, 6);
        if (year != birth.getYear()) {
            return CodeResult.rejected(kind, Reason.BIRTH_MISMATCH,
                    field + ": century digit and year digits do not match the birth date");
        }
        if (sex != null && (g % 2 == 0 ? Sex.MALE : Sex.FEMALE) != sex) {
            return CodeResult.rejected(kind, Reason.SEX_MISMATCH,
                    field + ": the century digit gives the other sex than the sex field");
        }
        return null;
    }
}
