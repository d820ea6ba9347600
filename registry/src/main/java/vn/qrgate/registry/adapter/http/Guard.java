package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.access.Access;
import vn.qrgate.registry.domain.access.Place;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.people.Accounts;
import vn.qrgate.registry.domain.venue.InvalidVenueException;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.VenueStore;

/**
 * What the people and venue endpoints ask before acting: who is calling, what they own, where a venue
 * or area lies. The decisions themselves are {@link Access}'s.
 */
public final class Guard {

    private static final String PERSON_PREFIX = "person-";

    private final Authenticator authenticator;
    private final AccountStore accounts;
    private final AreaStore areas;
    private final VenueStore venues;

    public Guard(Authenticator authenticator, AccountStore accounts, AreaStore areas, VenueStore venues) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.areas = areas;
        this.venues = venues;
    }

    /** The calling account; 401 without a valid token, 403 for a gateway's. */
    Caller.Account account(Context ctx) {
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "log in first (POST /api/v1/login/code, then /api/v1/login/verify), or send Authorization: Bearer <token>"));
        if (!(caller instanceof Caller.Account account)) {
            throw ApiError.of(403, "a gateway's token may deliver check-ins only; use an account's token");
        }
        return account;
    }

    Access access(Caller.Account account) {
        return Access.of(account, owned(account));
    }

    /**
     * The venues the account owns: a logged-in person's from their memberships now; a config or script
     * owner account owns all its venues.
     */
    Set<String> owned(Caller.Account account) {
        Optional<Long> person = personId(account);
        if (person.isPresent()) {
            return Accounts.owned(accounts.membershipsOf(person.get()));
        }
        return account.role() == Role.VENUE_OWNER ? account.venues() : Set.of();
    }

    /** The store's id of a logged-in person's account, empty for config and script accounts. */
    static Optional<Long> personId(Caller.Account account) {
        String id = account.id();
        if (id.startsWith(PERSON_PREFIX) && id.length() > PERSON_PREFIX.length()
                && id.substring(PERSON_PREFIX.length()).chars().allMatch(Character::isDigit)) {
            return Optional.of(Long.parseLong(id.substring(PERSON_PREFIX.length())));
        }
        return Optional.empty();
    }

    /** The registered venue of a path parameter; 404 when there is none. */
    Venue venue(String code) {
        VenueCode parsed;
        try {
            parsed = VenueCode.of(code);
        } catch (InvalidVenueException e) {
            throw ApiError.of(404, "no registered venue has this code; a code looks like V48-000001")
                    .detail("venue", Requests.quoted(code));
        }
        return venues.byCode(parsed).orElseThrow(() -> ApiError.of(404, "no registered venue has this code")
                .detail("venue", code));
    }

    /** A venue with its area and every area above it. */
    Place place(Venue venue) {
        return Place.venue(venue.code().value(), areaPath(venue.registration().areaCode()));
    }

    /** The area's code and its ancestors' codes, lowest first. */
    List<String> areaPath(String areaCode) {
        List<String> path = new ArrayList<>();
        path.add(areaCode);
        List<Area> above = areas.ancestors(areaCode);
        for (int i = above.size() - 1; i >= 0; i--) {
            path.add(above.get(i).code());
        }
        return path;
    }

    /** A stored area by code; 404 when there is none. */
    Area area(String code) {
        return areas.byCode(code).orElseThrow(() -> ApiError.of(404, "no area has this code; see GET /api/v1/areas")
                .detail("area", Requests.quoted(code)));
    }

    static ApiError forbidden(Caller.Account account, String what) {
        return ApiError.of(403, account.id() + " (" + account.role().configName() + ") may not " + what);
    }
}
