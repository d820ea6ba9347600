package vn.qrgate.registry.domain.poster;

import java.text.Normalizer;

/** The rules every printed text on a poster follows. */
final class PosterFields {

    private PosterFields() {
    }

    /**
     * NFC is required rather than applied: the caller's stored name is what the poster must show, and
     * a decomposed name would be a different string from the one in the venue list.
     */
    static void requireText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new InvalidPosterContentException(field, "must not be blank; 1 to " + maxLength + " characters are allowed");
        }
        if (text.length() > maxLength) {
            throw new InvalidPosterContentException(field, "is " + text.length() + " characters long; at most "
                    + maxLength + " are allowed");
        }
        if (!text.strip().equals(text)) {
            throw new InvalidPosterContentException(field, "'" + text + "' has spaces at the start or end");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new InvalidPosterContentException(field, "'" + text.replaceAll("\\p{Cntrl}", "?")
                    + "' contains a control character (a tab or line break); lines are wrapped by the poster, "
                    + "only printable text is allowed");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new InvalidPosterContentException(field, "'" + text + "' is not in Unicode NFC form "
                    + "(normalise it first, e.g. java.text.Normalizer with Form.NFC)");
        }
    }
}
