package vn.qrgate.registry.domain.cards;

/**
 * A card field that cannot be printed: a character the card font lacks, or text too long for its place
 * even at the smallest size. Unlike a poster, a card is personal, so the message names the field and the
 * rule, never the value.
 */
public class InvalidCardContentException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidCardContentException(String field, String problem) {
        super("card " + field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /**
     * The same fault located in a list of cards, by position (from 1) rather than by whose card it is,
     * so an operator can find the row without the message naming anybody.
     */
    public InvalidCardContentException atCard(int position) {
        return new InvalidCardContentException(field, problem + " (card " + position + " in the list)");
    }

    /** The field at fault as it is named in messages, e.g. {@code name} or {@code issuer}. */
    public String field() {
        return field;
    }
}
