package vn.qrgate.registry.adapter.http;

/** Request text echoed back in an error: short, and without control characters. */
final class Quoting {

    private static final int MAX_QUOTED = 64;

    private Quoting() {
    }

    static String quoted(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_QUOTED).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return text.codePointCount(0, text.length()) > MAX_QUOTED ? out + "…" : out.toString();
    }
}
