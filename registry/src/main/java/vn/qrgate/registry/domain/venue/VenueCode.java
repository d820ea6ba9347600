package vn.qrgate.registry.domain.venue;

import java.util.regex.Pattern;
import vn.qrgate.registry.domain.Venue;

/**
 * A registered venue's code, {@code V<province code>-<6 digits>} like {@code V58-000123}: what readers
 * are configured with and what check-ins name. Every such code is also a valid config venue id
 * ({@link Venue#ID_PATTERN}), so registered venues can take the config's place without a new format.
 */
public record VenueCode(String value) {

    public static final String PATTERN = "V[0-9]{1,12}-[0-9]{6}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    public VenueCode {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidVenueException("code", (value == null ? "is missing" : "'" + value + "' is not a venue code")
                    + "; allowed: " + PATTERN + ", e.g. V58-000123");
        }
    }

    public static VenueCode of(String value) {
        return new VenueCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
