package vn.qrgate.registry.domain.venue;

import java.text.Normalizer;
import vn.qrgate.registry.domain.area.Area;

/**
 * What the owner of a venue gives to register it: its name and address as visitors know them, its
 * type from the provincial plan's list and the code of the (lowest-level) area it is in.
 */
public record VenueRegistration(String name, VenueType type, String address, String areaCode) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ADDRESS_LENGTH = 300;

    public VenueRegistration {
        requireText("name", name, MAX_NAME_LENGTH);
        if (type == null) {
            throw new InvalidVenueException("type", "is missing; allowed: " + VenueType.allowed());
        }
        requireText("address", address, MAX_ADDRESS_LENGTH);
        Area.codeProblem(areaCode).ifPresent(problem -> {
            throw new InvalidVenueException("area code", problem);
        });
    }

    /**
     * NFC is required rather than applied, as for areas: the same Vietnamese name in two normal forms
     * would be two different strings in searches and on the poster.
     */
    private static void requireText(String field, String text, int maxLength) {
        String allowed = "; 1 to " + maxLength + " characters of printable NFC text are allowed";
        if (text == null || text.isBlank()) {
            throw new InvalidVenueException(field, "must not be blank" + allowed);
        }
        if (text.length() > maxLength) {
            throw new InvalidVenueException(field, "is " + text.length() + " characters long" + allowed);
        }
        if (!text.strip().equals(text)) {
            throw new InvalidVenueException(field, "'" + text + "' has spaces at the start or end" + allowed);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
            throw new InvalidVenueException(field, "'" + text.replaceAll("[\\p{Cntrl}\u2028\u2029]", "?")
                    + "' contains a control character (a tab or line break)" + allowed);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new InvalidVenueException(field, "'" + text + "' is not in Unicode NFC form" + allowed);
        }
    }
}
