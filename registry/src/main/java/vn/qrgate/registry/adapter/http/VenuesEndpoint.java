package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.access.Access;
import vn.qrgate.registry.domain.access.Place;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.poster.InvalidPosterContentException;
import vn.qrgate.registry.domain.poster.PosterContent;
import vn.qrgate.registry.domain.venue.InvalidVenueException;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.Directory;
import vn.qrgate.registry.port.PosterRenderer;
import vn.qrgate.registry.port.VenueStore;

/** Registered venues: listed by role, registered by admins and officials, and their printable posters. */
public final class VenuesEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(VenuesEndpoint.class);

    private final Guard guard;
    private final VenueStore venues;
    private final AreaStore areas;
    private final Directory directory;
    private final AccountStore accounts;
    private final PosterRenderer posters;
    private final Supplier<URI> publicUrl;

    /** {@code publicUrl} is asked at each poster: the registry's own address is known only once it listens. */
    public VenuesEndpoint(Guard guard, VenueStore venues, AreaStore areas, Directory directory, AccountStore accounts,
            PosterRenderer posters, Supplier<URI> publicUrl) {
        this.guard = guard;
        this.venues = venues;
        this.areas = areas;
        this.directory = directory;
        this.accounts = accounts;
        this.posters = posters;
        this.publicUrl = publicUrl;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/venues", this::list);
        routes.post("/api/v1/venues", this::create);
        routes.get("/api/v1/venues/{code}", this::one);
        routes.get("/api/v1/venues/{code}/poster.pdf", this::poster);
    }

    void list(Context ctx) {
        Caller.Account account = guard.account(ctx);
        Optional<String> area = Optional.ofNullable(ctx.queryParam("area")).filter(a -> !a.isEmpty());
        area.ifPresent(guard::area);
        List<Venue> found = switch (account.role()) {
            case ADMIN, HEALTH_TRACER -> area.map(venues::inArea).orElseGet(directory::allVenues);
            case WARD_OFFICIAL, DISTRICT_OFFICIAL, PROVINCE_OFFICIAL -> {
                String own = account.area().orElseThrow();
                String asked = area.orElse(own);
                if (!guard.areaPath(asked).contains(own)) {
                    throw Guard.forbidden(account, "list the venues of area " + asked + ": it is outside area " + own);
                }
                yield venues.inArea(asked);
            }
            case VENUE_STAFF, VENUE_OWNER -> memberVenues(account, area);
            case CARD_ISSUER, CITIZEN -> List.of();
        };
        PeopleJson json = new PeopleJson(areas);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("venues");
            for (Venue venue : found) {
                json.venue(g, venue);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private List<Venue> memberVenues(Caller.Account account, Optional<String> area) {
        List<Venue> found = new ArrayList<>();
        for (String code : account.venues().stream().sorted().toList()) {
            if (code.matches(VenueCode.PATTERN)) {
                venues.byCode(VenueCode.of(code)).filter(v -> area.isEmpty()
                        || guard.areaPath(v.registration().areaCode()).contains(area.get())).ifPresent(found::add);
            }
        }
        return found;
    }

    void create(Context ctx) {
        Caller.Account account = guard.account(ctx);
        JsonNode body = Requests.body(ctx);
        String name = Requests.text(body, "name", "\"Chợ Hàn\"");
        String typeName = Requests.text(body, "type", "\"market\"");
        String address = Requests.text(body, "address", "\"119 Trần Phú, Hải Châu\"");
        String areaCode = Requests.text(body, "area", "\"20236\"");
        PhoneNumber owner = Requests.phone("ownerPhone", Requests.text(body, "ownerPhone", "\"0912000111\""));
        VenueRegistration registration;
        try {
            registration = new VenueRegistration(name, VenueType.parse(typeName), address, areaCode);
        } catch (InvalidVenueException e) {
            String field = e.field().equals("area code") ? "area" : e.field();
            throw ApiError.of(400, e.getMessage()).detail("field", field);
        }
        if (areas.byCode(areaCode).isEmpty()) {
            throw Requests.bad("area", areaCode, "the code of a stored area (GET /api/v1/areas)");
        }
        Access access = guard.access(account);
        if (!access.mayRegisterVenueAt(Place.area(guard.areaPath(areaCode)))) {
            throw Guard.forbidden(account, "register a venue in area " + areaCode
                    + "; admins may anywhere, officials within their own area");
        }
        Venue venue = venues.register(registration);
        accounts.addMember(venue.code(), owner, true);
        LOG.info("{} registered venue {} in area {}", account.id(), venue.code(), areaCode);
        ctx.status(201).contentType(Json.CONTENT_TYPE).result(Json.write(g -> new PeopleJson(areas).venue(g, venue)));
    }

    void one(Context ctx) {
        Caller.Account account = guard.account(ctx);
        Venue venue = visible(account, ctx.pathParam("code"));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> new PeopleJson(areas).venue(g, venue)));
    }

    void poster(Context ctx) {
        Caller.Account account = guard.account(ctx);
        Venue venue = visible(account, ctx.pathParam("code"));
        String url = publicUrl.get().toString() + "/c/" + venue.code().value();
        byte[] pdf;
        try {
            pdf = posters.render(PosterContent.vietnamese(venue.registration().name(), venue.code().value(),
                    venue.registration().type().label(), Optional.of(venue.registration().address()), url));
        } catch (InvalidPosterContentException e) {
            throw ApiError.of(422, "this venue's poster cannot be printed: " + e.getMessage());
        }
        ctx.header("Content-Disposition", "attachment; filename=\"poster-" + venue.code().value() + ".pdf\"");
        ctx.status(200).contentType(posters.mediaType()).result(pdf);
    }

    private Venue visible(Caller.Account account, String code) {
        Venue venue = guard.venue(code);
        if (!guard.access(account).maySee(guard.place(venue))) {
            throw Guard.forbidden(account, "see venue " + venue.code());
        }
        return venue;
    }
}
