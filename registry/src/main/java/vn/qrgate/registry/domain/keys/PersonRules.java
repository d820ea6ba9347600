package vn.qrgate.registry.domain.keys;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.qrgate.protocol.code.CitizenIds;

/**
 * The checks a person's details pass before a QG1 code is signed for them. Each answers why a value is
 * wrong, or empty when it is right; the answers never quote a document number or a name.
 */
public final class PersonRules {

    public static final String DOC_RULE = CitizenIds.RULE;
    public static final int MAX_NAME_LENGTH = 100;
    public static final String NAME_RULE = "1 to " + MAX_NAME_LENGTH + " letters and single spaces in Unicode NFC, "
            + "e.g. Nguyễn Văn An";
    public static final String DOB_RULE = "a real past date written YYYY-MM-DD, e.g. 1990-07-05";

    private static final Pattern NAME = Pattern.compile("\\p{L}\\p{M}*+(?:[ ]?\\p{L}\\p{M}*+)*+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PersonRules() {
    }

    public static boolean documentNumberValid(String number) {
        return CitizenIds.typeOf(number).isPresent();
    }

    public static boolean nameValid(String name) {
        return name != null && !name.isEmpty() && name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH
                && Normalizer.isNormalized(name, Normalizer.Form.NFC) && NAME.matcher(name).matches();
    }

    /** The birth date, when {@code text} is a real date before {@code today}. */
    public static Optional<LocalDate> birthDate(String text, LocalDate today) {
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return date.isBefore(today) && date.getYear() >= 1900 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
