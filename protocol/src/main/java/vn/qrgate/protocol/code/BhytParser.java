package vn.qrgate.protocol.code;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.subject.BhytSubject;
import vn.qrgate.protocol.subject.Sex;

/**
 * The health-insurance card QR: '|'-separated, ending in {@code |$}; text fields hex-encoded UTF-8,
 * dates dd/MM/yyyy, sex 1/2, '-' for empty. Three layouts by field count (with the '$'): 10 (2019),
 * 15 (old 15-character card number) and 17 (2021+, 10-digit number). The check string has no
 * public algorithm, so only its shape is checked.
 */
final class BhytParser {

    private static final Kind K = Kind.BHYT;
    private static final String EMPTY = "-";

    private BhytParser() {
    }

    static CodeResult parse(List<String> f, LocalDate today) {
        int n = f.size();
        if (!f.get(n - 1).equals("$")) {
            return CodeResult.rejected(K, Reason.MALFORMED, "a BHYT code must end with '|$'");
        }
        if (n != 10 && n != 15 && n != 17) {
            return CodeResult.rejected(K, Reason.MALFORMED,
                    "expected 10, 15 or 17 fields (counting the final '$'), found " + n);
        }

        // Structure
        HexText name = HexText.decode(f.get(1), "field 2 (name)");
        if (name.failure != null) {
            return name.failure;
        }
        if (name.text.isBlank()) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 2 (name) is empty");
        }
        if (!Fields.hasShape(f.get(2), "dd/dd/dddd")) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 3 (birth date) must be dd/MM/yyyy");
        }
        Sex sex = f.get(3).equals("1") ? Sex.MALE : f.get(3).equals("2") ? Sex.FEMALE : null;
        if (sex == null) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 4 (sex) must be 1 (male) or 2 (female)");
        }
        HexText address = HexText.decode(f.get(4), "field 5 (address)");
        if (address.failure != null) {
            return address.failure;
        }
        if (f.get(5).isBlank()) {
            return CodeResult.rejected(K, Reason.MALFORMED, "field 6 (registered clinic) is empty");
        }
        CodeResult.Rejected badShape = firstBadDateShape(f, 6, 7, 8);
        HexText parent = HexText.NONE;
        HexText issuer = HexText.NONE;
        if (badShape == null && n >= 15) {
            badShape = firstBadDateShape(f, 12);
            if (badShape == null && !f.get(9).equals(EMPTY) && !Fields.isDigits(f.get(9))) {
                badShape = CodeResult.rejected(K, Reason.MALFORMED, "field 10 (household code) must be digits or '-'");
            }
            parent = HexText.decode(f.get(10), "field 11 (parent name)");
            if (badShape == null && parent.failure != null) {
                badShape = parent.failure;
            }
            if (badShape == null && !f.get(11).equals(EMPTY) && !Fields.isDigits(f.get(11))) {
                badShape = CodeResult.rejected(K, Reason.MALFORMED, "field 12 must be digits or '-'");
            }
            if (badShape == null && !isCheckString(f.get(13))) {
                badShape = CodeResult.rejected(K, Reason.MALFORMED,
                        "field 14 (check string) must be 16 hex digits, '-', 4 hex digits");
            }
        }
        if (badShape == null && n == 17) {
            if (!f.get(14).equals(EMPTY) && !Fields.isDigits(f.get(14))) {
                badShape = CodeResult.rejected(K, Reason.MALFORMED, "field 15 must be digits or '-'");
            }
            issuer = HexText.decode(f.get(15), "field 16 (issuer)");
            if (badShape == null && issuer.failure != null) {
                badShape = issuer.failure;
            }
        }
        if (badShape != null) {
            return badShape;
        }

        // Numbers
        String card = f.get(0);
        CodeResult.Rejected badCard = checkCardNumber(card, n);
        if (badCard != null) {
            return badCard;
        }

        // Dates
        LocalDate birth = Fields.slashed(f.get(2));
        LocalDate from = f.get(6).equals(EMPTY) ? null : Fields.slashed(f.get(6));
        Optional<LocalDate> to = optionalDate(f.get(7));
        Optional<LocalDate> issued = optionalDate(f.get(8));
        Optional<LocalDate> fiveYears = n >= 15 ? optionalDate(f.get(12)) : Optional.empty();
        if (birth == null || from == null || to == null || issued == null || fiveYears == null) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field " + firstUnrealDate(f, n) + " is not a real date");
        }
        if (birth.isAfter(today)) {
            return CodeResult.rejected(K, Reason.FUTURE_DATE, "field 3 (birth date) is in the future");
        }
        if (to.isPresent() && to.get().isBefore(from)) {
            return CodeResult.rejected(K, Reason.BAD_DATE, "field 8 (valid to) is before field 7 (valid from)");
        }

        BhytSubject subject = new BhytSubject(n, card, name.text, birth, sex, address.optional(), f.get(5).strip(),
                from, to, issued, n >= 15 ? optional(f.get(9)) : Optional.empty(), parent.optional(), fiveYears,
                n >= 15 ? optional(f.get(13)) : Optional.empty(), issuer.optional());
        CodeResult.Accepted accepted = CodeResult.accepted(subject);
        // An expired card still identifies its holder: accept, and say so.
        return to.isPresent() && to.get().isBefore(today) ? accepted.withWarning(Warning.CARD_EXPIRED) : accepted;
    }

    private static CodeResult.Rejected checkCardNumber(String card, int layout) {
        boolean tenDigits = Fields.isDigits(card, 10);
        boolean fifteen = card.length() == 15;
        if (layout == 17 && !tenDigits) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER, "field 1 (card number) must be 10 digits on a 2021+ card");
        }
        if (layout == 15 && !fifteen || layout == 10 && !tenDigits && !fifteen) {
            return CodeResult.rejected(K, Reason.BAD_ID_NUMBER, "field 1 (card number) must be 15 characters GG L PP NNNNNNNNNN"
                    + (layout == 10 ? " or 10 digits" : ""));
        }
        if (fifteen) {
            char g1 = card.charAt(0);
            char g2 = card.charAt(1);
            if (g1 < 'A' || g1 > 'Z' || g2 < 'A' || g2 > 'Z') {
                return CodeResult.rejected(K, Reason.BAD_ID_NUMBER, "field 1 (card number): group must be two capital letters");
            }
            char level = card.charAt(2);
            if (level < '1' || level > '5') {
                return CodeResult.rejected(K, Reason.BAD_ID_NUMBER, "field 1 (card number): benefit level must be 1–5");
            }
            if (!Fields.isDigits(card.substring(3))) {
                return CodeResult.rejected(K, Reason.BAD_ID_NUMBER,
                        "field 1 (card number): province and social-insurance number must be 12 digits");
            }
        }
        return null;
    }

    private static CodeResult.Rejected firstBadDateShape(List<String> f, int... indexes) {
        for (int i : indexes) {
            String s = f.get(i);
            // Valid-from is required; the others may be '-'.
            boolean mayBeEmpty = i != 6;
            if (!(mayBeEmpty && s.equals(EMPTY)) && !Fields.hasShape(s, "dd/dd/dddd")) {
                return CodeResult.rejected(K, Reason.MALFORMED, "field " + (i + 1) + " must be a date dd/MM/yyyy"
                        + (mayBeEmpty ? " or '-'" : ""));
            }
        }
        return null;
    }

    private static int firstUnrealDate(List<String> f, int n) {
        int[] dates = n >= 15 ? new int[] {2, 6, 7, 8, 12} : new int[] {2, 6, 7, 8};
        for (int i : dates) {
            if (!f.get(i).equals(EMPTY) && Fields.slashed(f.get(i)) == null) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Empty for '-', null for a date that does not exist (the caller rejects). */
    private static Optional<LocalDate> optionalDate(String s) {
        if (s.equals(EMPTY)) {
            return Optional.empty();
        }
        LocalDate d = Fields.slashed(s);
        return d == null ? null : Optional.of(d);
    }

    private static Optional<String> optional(String s) {
        return s.equals(EMPTY) || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static boolean isCheckString(String s) {
        if (s.equals(EMPTY)) {
            return true;
        }
        if (s.length() != 21 || s.charAt(16) != '-') {
            return false;
        }
        for (int i = 0; i < 21; i++) {
            if (i != 16 && Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A hex-encoded UTF-8 field: its text, or why it could not be read. */
    private record HexText(String text, CodeResult.Rejected failure) {

        static final HexText NONE = new HexText("", null);

        Optional<String> optional() {
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        }

        static HexText decode(String hex, String field) {
            if (hex.equals(EMPTY) || hex.isEmpty()) {
                return NONE;
            }
            if (hex.length() % 2 != 0) {
                return fail(Reason.MALFORMED, field + " is hex-encoded and must have an even number of digits");
            }
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                int hi = Character.digit(hex.charAt(2 * i), 16);
                int lo = Character.digit(hex.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    return fail(Reason.MALFORMED, field + " must be hex digits 0-9, a-f");
                }
                bytes[i] = (byte) (hi << 4 | lo);
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return fail(Reason.NOT_UTF8, field + " decodes to bytes that are not valid UTF-8");
            }
            if (Fields.hasControlChars(text)) {
                return fail(Reason.MALFORMED, field + " contains control characters");
            }
            return new HexText(Normalizer.normalize(text, Normalizer.Form.NFC).strip(), null);
        }

        private static HexText fail(Reason reason, String detail) {
            return new HexText(null, CodeResult.rejected(K, reason, detail));
        }
    }
}
