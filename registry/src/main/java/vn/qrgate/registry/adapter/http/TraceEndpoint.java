package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.Presence;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.domain.trace.Tracing;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.KnownVenues;
import vn.qrgate.registry.port.TraceStore;

/**
 * {@code GET /api/v1/trace/person?document=&from=&to=} and {@code GET /api/v1/trace/venue/{venueId}?from=&to=}:
 * presences in the full view, for health tracers and admins only. Each answer is audited first: when
 * the audit row cannot be written, nothing is answered.
 */
public final class TraceEndpoint implements ApiModule {

    static final String PERSON_ROUTE = "/api/v1/trace/person";
    static final String VENUE_ROUTE = "/api/v1/trace/venue/{venueId}";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final TraceStore store;
    private final AuditLog audit;
    private final Authenticator authenticator;
    private final KnownVenues venues;
    private final Duration dwell;
    private final Clock clock;

    public TraceEndpoint(TraceStore store, AuditLog audit, Authenticator authenticator, KnownVenues venues,
            Duration dwell, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.authenticator = authenticator;
        this.venues = venues;
        this.dwell = dwell;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.get(PERSON_ROUTE, this::person).get(VENUE_ROUTE, this::venue);
    }

    void person(Context ctx) {
        Caller.Account tracer = tracer(ctx);
        String document = TraceParameters.document(ctx.queryParam("document"));
        TraceWindow window = TraceParameters.window(ctx);
        TraceParameters.Format format = TraceParameters.format(ctx);
        List<Presence> visits = Tracing.visits(document,
                store.ofDocument(document, window.readFrom(dwell), window.readTo(dwell)), window, dwell);
        audit.record(new AuditEntry(clock.instant(), tracer.id(), tracer.role(), TraceKind.PERSON, document, window,
                visits.size()));
        // The file name is seen by browsers and proxies: it names the window, never the person.
        answer(ctx, format, "trace-person-" + FILE_TIME.format(window.from()) + ".csv", visits,
                () -> TraceOutput.json("document", document, window, dwell, "visits", visits));
    }

    void venue(Context ctx) {
        Caller.Account tracer = tracer(ctx);
        String venue = ctx.pathParam("venueId");
        TraceWindow window = TraceParameters.window(ctx);
        TraceParameters.Format format = TraceParameters.format(ctx);
        if (!venues.contains(venue)) {
            throw ApiError.of(404, "no venue with this id in the registry").detail("venue", TraceParameters.quoted(venue));
        }
        List<Presence> present = Tracing.presentAt(venue,
                store.atVenue(venue, window.readFrom(dwell), window.readTo(dwell)), window, dwell);
        audit.record(new AuditEntry(clock.instant(), tracer.id(), tracer.role(), TraceKind.VENUE, venue, window,
                present.size()));
        answer(ctx, format, "trace-venue-" + venue + "-" + FILE_TIME.format(window.from()) + ".csv", present,
                () -> TraceOutput.json("venue", venue, window, dwell, "presences", present));
    }

    private Caller.Account tracer(Context ctx) {
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "an account's bearer token is required: Authorization: Bearer <token of a health-tracer or admin account>"));
        if (!(caller instanceof Caller.Account account)) {
            throw ApiError.of(403, "a gateway's token may deliver check-ins but not trace; use a health tracer's token");
        }
        if (!account.role().mayTrace()) {
            throw ApiError.of(403, "account " + account.id() + " has role " + account.role().configName()
                    + "; tracing needs role health-tracer or admin").detail("role", account.role().configName());
        }
        return account;
    }

    private static void answer(Context ctx, TraceParameters.Format format, String fileName, List<Presence> presences,
            Supplier<byte[]> json) {
        // Full personal data: no proxy or browser cache may keep it.
        ctx.header("Cache-Control", "no-store");
        if (format == TraceParameters.Format.CSV) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            ctx.status(200).contentType(TraceOutput.CSV_CONTENT_TYPE).result(TraceOutput.csv(presences));
        } else {
            ctx.status(200).contentType(Json.CONTENT_TYPE).result(json.get());
        }
    }
}
