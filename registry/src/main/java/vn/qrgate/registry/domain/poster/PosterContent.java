package vn.qrgate.registry.domain.poster;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.registry.domain.Venue;

/**
 * What a venue's check-in poster shows: the venue as visitors know it and the URL of the registry's
 * self check-in page, which the QR carries (DESIGN §3, Venue QR). All of it is public, posted on a wall.
 */
public record PosterContent(String venueName, String venueCode, String venueType, Optional<String> address,
                            URI checkInUrl, PosterText text) {

    public static final int MAX_NAME_LENGTH = Venue.MAX_NAME_LENGTH;
    public static final int MAX_TYPE_LENGTH = 60;
    public static final int MAX_ADDRESS_LENGTH = 200;
    /** Longer URLs would need QR versions whose modules get too small to scan from across a counter. */
    public static final int MAX_URL_LENGTH = 300;

    public PosterContent {
        PosterFields.requireText("venue name", venueName, MAX_NAME_LENGTH);
        if (!Venue.isValidId(venueCode)) {
            throw new InvalidPosterContentException("venue code", "'" + venueCode + "' is not a venue code; "
                    + Venue.ID_PATTERN + " is allowed");
        }
        PosterFields.requireText("venue type", venueType, MAX_TYPE_LENGTH);
        Objects.requireNonNull(address, "address");
        address.ifPresent(a -> PosterFields.requireText("address", a, MAX_ADDRESS_LENGTH));
        requireCheckInUrl(checkInUrl);
        Objects.requireNonNull(text, "text");
    }

    /** A poster with the Vietnamese wording, the URL given as text (as it comes from a config or a form). */
    public static PosterContent vietnamese(String venueName, String venueCode, String venueType,
                                           Optional<String> address, String checkInUrl) {
        return new PosterContent(venueName, venueCode, venueType, address, parseUrl(checkInUrl), PosterText.VIETNAMESE);
    }

    /** The exact text the QR encodes: non-ASCII characters percent-encoded, so any scanner reads it the same. */
    public String qrPayload() {
        return checkInUrl.toASCIIString();
    }

    private static URI parseUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidPosterContentException("check-in URL", "must not be blank; an absolute https:// "
                    + "or http:// URL is allowed");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidPosterContentException("check-in URL", "'" + url + "' is not a URL ("
                    + e.getReason() + " at index " + e.getIndex() + "); an absolute https:// or http:// URL is allowed");
        }
    }

    private static void requireCheckInUrl(URI url) {
        if (url == null) {
            throw new InvalidPosterContentException("check-in URL", "is missing; an absolute https:// or http:// URL is allowed");
        }
        String allowed = "; an absolute https:// or http:// URL with a host is allowed, "
                + "e.g. https://registry.example.vn/checkin/v-0001";
        if (!url.isAbsolute() || url.isOpaque()) {
            throw new InvalidPosterContentException("check-in URL", "'" + url + "' is not absolute" + allowed);
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidPosterContentException("check-in URL", "'" + url + "' has scheme " + url.getScheme() + allowed);
        }
        if (url.getHost() == null || url.getHost().isEmpty()) {
            throw new InvalidPosterContentException("check-in URL", "'" + url + "' has no host" + allowed);
        }
        if (url.getRawUserInfo() != null) {
            // A poster is public: a user name or password in it would be published with it.
            throw new InvalidPosterContentException("check-in URL", "contains a user name or password, which a "
                    + "public poster must not carry" + allowed);
        }
        if (url.toASCIIString().length() > MAX_URL_LENGTH) {
            throw new InvalidPosterContentException("check-in URL", "is " + url.toASCIIString().length()
                    + " characters long; at most " + MAX_URL_LENGTH + " are allowed");
        }
    }
}
