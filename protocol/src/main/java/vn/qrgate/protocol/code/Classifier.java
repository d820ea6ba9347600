package vn.qrgate.protocol.code;

import java.util.List;

/**
 * Tells the '|'-separated kinds apart by their most stable features, so that a code with one bad
 * field is still judged as the kind it is (and gets that kind's precise reason).
 */
final class Classifier {

    private Classifier() {
    }

    static Kind classify(List<String> f) {
        int n = f.size();
        if (f.get(n - 1).equals("$") || n >= 9 && looksSlashDate(f.get(2))) {
            return Kind.BHYT;
        }
        if (n >= 6 && (Fields.isDigits(f.get(3), 8) || f.get(4).equals("Nam") || f.get(4).equals("Nữ"))) {
            return Kind.CCCD;
        }
        if (n >= 5 && n <= 7 && looksDashDate(f.get(2))) {
            return Kind.PCCOVID;
        }
        if (n >= 7 && looksLikeIdNumber(f.get(0))) {
            return Kind.CCCD;
        }
        return Kind.UNKNOWN;
    }

    private static boolean looksSlashDate(String s) {
        return s.length() == 10 && s.charAt(2) == '/' && s.charAt(5) == '/';
    }

    private static boolean looksDashDate(String s) {
        return s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-';
    }

    /** Mostly digits, about the length of an ID number: a CCCD with its dates or sex garbled. */
    private static boolean looksLikeIdNumber(String s) {
        if (s.length() < 9 || s.length() > 13) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits >= s.length() - 1;
    }
}
