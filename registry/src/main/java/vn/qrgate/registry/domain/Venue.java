package vn.qrgate.registry.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place that receives check-ins. The id is what readers put in {@code venue} and what appears in
 * {@code /api/v1/venues/{id}/checkins}, so it is limited to characters that need no escaping in a URL.
 */
public record Venue(String id, String name) {

    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    public static final int MAX_NAME_LENGTH = 200;

    private static final Pattern VALID_ID = Pattern.compile(ID_PATTERN);

    public Venue {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("venue id must match " + ID_PATTERN);
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("venue name must be 1.." + MAX_NAME_LENGTH + " characters");
        }
    }

    public static boolean isValidId(String id) {
        return id != null && VALID_ID.matcher(id).matches();
    }
}
