package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.KnownVenues;

/**
 * {@code GET /api/v1/venues/{venueId}/checkins?since=…&limit=…}: the venue's check-ins, newest first,
 * masked. Readable by an admin, or by venue staff whose account lists the venue.
 */
public final class CheckinsEndpoint implements ApiModule {

    static final String ROUTE = "/api/v1/venues/{venueId}/checkins";

    private static final int MAX_QUOTED = 64;

    private final CheckinStore store;
    private final Authenticator authenticator;
    private final KnownVenues venues;

    public CheckinsEndpoint(CheckinStore store, Authenticator authenticator, KnownVenues venues) {
        this.store = store;
        this.authenticator = authenticator;
        this.venues = venues;
    }

    @Override
    public void register(Routes routes) {
        routes.get(ROUTE, this::handle);
    }

    void handle(Context ctx) {
        String venue = ctx.pathParam("venueId");
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "an account's bearer token is required: Authorization: Bearer <token of an admin or venue-staff account>"));
        if (!venues.contains(venue)) {
            throw ApiError.of(404, "no venue with this id in the registry").detail("venue", quoted(venue));
        }
        if (!(caller instanceof Caller.Account account)) {
            throw ApiError.of(403, "a gateway's token may deliver check-ins but not read them; use an account's token");
        }
        if (!account.mayRead(venue)) {
            throw ApiError.of(403, "account " + account.id() + " may not read this venue's check-ins")
                    .detail("venue", venue);
        }
        CheckinQuery query = new CheckinQuery(venue, since(ctx.queryParam("since")), limit(ctx.queryParam("limit")));
        // Masked or not, these are people's movements: no proxy or browser cache should keep them.
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(CheckinsJson.masked(venue, store.newestFirst(query)));
    }

    private static Optional<Instant> since(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            // An unencoded '+' in a query string arrives as a space: "12:00:00+07:00" becomes "12:00:00 07:00".
            return Optional.of(OffsetDateTime.parse(text.replace(' ', '+')).toInstant());
        } catch (DateTimeException e) {
            throw badParameter("since", text, "an ISO-8601 instant or date-time with offset, e.g. "
                    + "2026-11-29T05:00:00Z or 2026-11-29T12:00:00+07:00");
        }
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return CheckinQuery.DEFAULT_LIMIT;
        }
        String rule = "a whole number from 1 to " + CheckinQuery.MAX_LIMIT + " (default " + CheckinQuery.DEFAULT_LIMIT + ")";
        if (!text.matches("\\d{1,9}")) {
            throw badParameter("limit", text, rule);
        }
        int limit = Integer.parseInt(text);
        if (limit < 1 || limit > CheckinQuery.MAX_LIMIT) {
            throw badParameter("limit", text, rule);
        }
        return limit;
    }

    private static ApiError badParameter(String name, String value, String allowed) {
        return ApiError.of(400, "query parameter " + name + " must be " + allowed)
                .detail("parameter", name).detail("value", quoted(value)).detail("allowed", allowed);
    }

    /** Request text echoed back: short, and without control characters. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_QUOTED).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return text.codePointCount(0, text.length()) > MAX_QUOTED ? out + "…" : out.toString();
    }
}
