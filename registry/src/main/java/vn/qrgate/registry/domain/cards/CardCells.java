package vn.qrgate.registry.domain.cards;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * How a cell of a list is cleaned before its rule is checked: what spreadsheets and typing add (spaces,
 * an apostrophe that keeps leading zeros, day-first dates) is removed; nothing else is guessed.
 */
final class CardCells {

    static final String DATE_RULE = "a real date before today, from 1900 on, written YYYY-MM-DD or DD/MM/YYYY, "
            + "e.g. 1990-07-05 or 05/07/1990";
    static final String LOST_ZERO = " (a leading 0 may have been lost: format the column as Text)";

    /**
     * Runs of spaces, including the no-break spaces a copy from a web page or Word brings along. A tab or
     * line break inside a name is not collapsed: it is a mistake in the cell, reported as such.
     */
    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2007\\u202F]+");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    private CardCells() {
    }

    /** The cell without surrounding spaces (no-break ones included). */
    static String trim(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isSpace(cell.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A document number as typed in Excel, where {@code '058190001234} keeps the leading zero. */
    static String document(String cell) {
        String value = trim(cell);
        return value.startsWith("'") ? value.substring(1) : value;
    }

    /** The reason a cleaned document number breaks the rule; a hint when Excel has eaten its first zero. */
    static String documentReason(String document) {
        String reason = "must be " + PersonRules.DOC_RULE;
        return ELEVEN_DIGITS.matcher(document).matches() ? reason + LOST_ZERO : reason;
    }

    /** A name in NFC with single spaces: people type "Nguyễn  Văn An" and see no difference. */
    static String name(String cell) {
        String nfc = Normalizer.normalize(trim(cell), Normalizer.Form.NFC);
        // Most names have nothing to collapse; the regular expression is only run on those that do.
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < nfc.length() && nfc.charAt(i + 1) == ' ') {
                return SPACES.matcher(nfc).replaceAll(" ");
            }
        }
        return nfc;
    }

    /** The birth date in {@code YYYY-MM-DD}, {@code DD/MM/YYYY} or {@code D/M/YYYY} (Vietnam writes day first). */
    static Optional<LocalDate> birthDate(String cell, LocalDate today) {
        String value = trim(cell);
        Matcher iso = ISO.matcher(value);
        Matcher dayFirst = DAY_FIRST.matcher(value);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3), today);
        }
        return dayFirst.matches() ? date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1), today) : Optional.empty();
    }

    /** The rule of {@link PersonRules#birthDate}, without going through text again: real, before today, from 1900. */
    private static Optional<LocalDate> date(String year, String month, String day, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.isBefore(today) && date.getYear() >= 1900 ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The phone in a cell (not empty): {@link PhoneNumber#parse}, whose reasons the report gives. The
     * common shapes, {@code 0912000111} and {@code 0912 000 111}, go straight to the record, which checks
     * the same rule; parse compiles a regular expression on every call, too slow for 100 000 rows.
     */
    static PhoneNumber phone(String cell) {
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '-') {
                return PhoneNumber.parse(cell);
            }
        }
        return digits.length() == 10 && digits.charAt(0) == '0' ? new PhoneNumber(digits.toString())
                : PhoneNumber.parse(cell);
    }
}
