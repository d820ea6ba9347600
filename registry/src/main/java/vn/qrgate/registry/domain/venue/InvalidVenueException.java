package vn.qrgate.registry.domain.venue;

/**
 * Venue data that cannot be registered. A venue's name, type, address and area are public (they are
 * printed on its poster), so messages may quote them.
 */
public class InvalidVenueException extends IllegalArgumentException {

    private final String field;

    public InvalidVenueException(String field, String problem) {
        super("venue " + field + ": " + problem);
        this.field = field;
    }

    /** The field at fault as messages name it, e.g. {@code name} or {@code area code}. */
    public String field() {
        return field;
    }
}
