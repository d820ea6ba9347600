package vn.qrgate.registry.domain.cards;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.keys.PersonRules;

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
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
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
        return SPACES.matcher(nfc).replaceAll(" ");
    }

    /** The birth date in {@code YYYY-MM-DD}, {@code DD/MM/YYYY} or {@code D/M/YYYY} (Vietnam writes day first). */
    static Optional<LocalDate> birthDate(String cell, LocalDate today) {
        String value = trim(cell);
        if (ISO.matcher(value).matches()) {
            return PersonRules.birthDate(value, today);
        }
        Matcher m = DAY_FIRST.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String iso = m.group(3) + "-" + twoDigits(m.group(2)) + "-" + twoDigits(m.group(1));
        // The same rule as every other form: a real date, before today, from 1900.
        return PersonRules.birthDate(iso, today);
    }

    private static String twoDigits(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
