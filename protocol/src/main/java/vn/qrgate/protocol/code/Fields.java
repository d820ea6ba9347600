package vn.qrgate.protocol.code;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small, allocation-light helpers the parsers share. */
final class Fields {

    private Fields() {
    }

    /** Splits on {@code sep}, keeping empty fields (unlike String.split), including a trailing one. */
    static List<String> split(String text, char sep) {
        List<String> out = new ArrayList<>(18);
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == sep) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isDigits(String s, int length) {
        return s.length() == length && isDigits(s);
    }

    static int digit(String s, int i) {
        return s.charAt(i) - '0';
    }

    static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + digit(s, i);
        }
        return n;
    }

    /** Digits at the given positions and the given separators elsewhere, e.g. "dd/dd/dddd". */
    static boolean hasShape(String s, String shape) {
        if (s.length() != shape.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char want = shape.charAt(i);
            char c = s.charAt(i);
            if (want == 'd' ? (c < '0' || c > '9') : c != want) {
                return false;
            }
        }
        return true;
    }

    /** A calendar date, or null when the numbers do not name a real day (31 February). */
    static LocalDate dateOrNull(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** {@code DDMMYYYY}, already checked to be 8 digits. */
    static LocalDate ddmmyyyy(String s) {
        return dateOrNull(number(s, 4, 8), number(s, 2, 4), number(s, 0, 2));
    }

    /** {@code dd/MM/yyyy}, already checked for shape. */
    static LocalDate slashed(String s) {
        return dateOrNull(number(s, 6, 10), number(s, 3, 5), number(s, 0, 2));
    }

    /** {@code YYYY-MM-DD}, already checked for shape. */
    static LocalDate iso(String s) {
        return dateOrNull(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
    }

    static boolean hasControlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /**
     * A keyboard-wedge reader that cannot type Vietnamese letters sends '?' (or the replacement
     * character) in their place; text fields of a genuine code never contain either.
     */
    static boolean looksWedgeMangled(String s) {
        return s.indexOf('?') >= 0 || s.indexOf('\uFFFD') >= 0;
    }
}
