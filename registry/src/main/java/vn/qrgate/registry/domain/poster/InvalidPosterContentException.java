package vn.qrgate.registry.domain.poster;

/**
 * Poster content that cannot be printed: refused when the content is built, or by a renderer that
 * cannot set it (a character its font lacks). Everything on a poster is public, so messages may quote it.
 */
public class InvalidPosterContentException extends IllegalArgumentException {

    private final String field;

    public InvalidPosterContentException(String field, String problem) {
        super("poster " + field + ": " + problem);
        this.field = field;
    }

    /** The field at fault as it is named in messages, e.g. {@code venue name} or {@code check-in URL}. */
    public String field() {
        return field;
    }
}
