package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.registry.domain.ClientRateLimit;
import vn.qrgate.registry.domain.live.LiveVenue;
import vn.qrgate.registry.domain.selfcheckin.SelfCheckinForm;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.LiveVenues;
import vn.qrgate.registry.port.SelfCheckinSequence;

/**
 * The self check-in a venue's poster QR leads to: {@code GET /c/{code}} (the phone page),
 * {@code GET /api/v1/self-checkin/{code}} (which venue) and {@code POST /api/v1/self-checkin/{code}}
 * (check in or out). No account: anyone at the venue may use it, so it is rate-limited per client
 * address. The check-in is stored like a scanned one, under the gateway name {@link #GATEWAY}.
 */
public final class SelfCheckinEndpoint implements ApiModule {

    public static final String GATEWAY = "self-checkin";
    static final String PAGE = "/c/{code}";
    static final String API = "/api/v1/self-checkin/{code}";
    static final String ASSETS = "/selfcheckin";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BODY = 4096;
    // Only this page's own files; it loads nothing from anywhere else.
    private static final String CSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

    private final LiveVenues venues;
    private final CheckinStore store;
    private final SelfCheckinSequence sequence;
    private final ClientRateLimit limit;
    private final Clock clock;
    private final ZoneId zone;
    private final EventIds ids;
    private final byte[] page;

    public SelfCheckinEndpoint(LiveVenues venues, CheckinStore store, SelfCheckinSequence sequence,
            ClientRateLimit limit, Clock clock, ZoneId zone) {
        this.venues = venues;
        this.store = store;
        this.sequence = sequence;
        this.limit = limit;
        this.clock = clock;
        this.zone = zone;
        this.ids = new EventIds(clock);
        this.page = resource("/selfcheckin/index.html");
    }

    @Override
    public void register(Routes routes) {
        routes.staticFiles(ASSETS, "/selfcheckin");
        routes.get(PAGE, this::page);
        routes.get(API, this::venue);
        routes.post(API, this::checkIn);
    }

    void page(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Cache-Control", "no-cache");
        // The page reads the code from its own address and asks the API; an unknown code gets the same
        // page, which then says so in the person's language.
        ctx.status(venues.find(ctx.pathParam("code")).isPresent() ? 200 : 404)
                .contentType("text/html; charset=utf-8").result(page);
    }

    void venue(Context ctx) {
        LiveVenue venue = known(ctx.pathParam("code"));
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("venue");
            g.writeStringField("code", venue.code());
            g.writeStringField("name", venue.name());
            if (venue.type().isPresent()) {
                g.writeStringField("typeLabel", venue.type().get().label());
            } else {
                g.writeNullField("typeLabel");
            }
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    void checkIn(Context ctx) {
        Optional<Duration> wait = limit.attempt(ctx.ip());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw ApiError.of(429, "too many check-ins from this address; try again in " + seconds + " s")
                    .detail("retryAfterSeconds", seconds).header("Retry-After", Long.toString(seconds));
        }
        LiveVenue venue = known(ctx.pathParam("code"));
        JsonNode body = body(ctx);
        SelfCheckinForm.Result result = SelfCheckinForm.check(text(body, "name"), text(body, "phone"),
                text(body, "documentNumber"), text(body, "direction"));
        if (result instanceof SelfCheckinForm.Invalid invalid) {
            // The value typed is personal data and stays out of the answer; the field and the rule say enough.
            throw ApiError.of(400, invalid.field() + " must be " + invalid.allowed())
                    .detail("field", invalid.field()).detail("allowed", invalid.allowed());
        }
        SelfCheckinForm.Valid valid = (SelfCheckinForm.Valid) result;
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MILLIS), zone);
        Event event = valid.declaration().toEvent(ids.next(), venue.code(), sequence.next(venue.code()), now);
        store.insertIfAbsent(List.of(event), GATEWAY, clock.instant());
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("eventId", event.eventId().toString());
            g.writeStringField("scannedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.scannedAt()));
            g.writeObjectFieldStart("venue");
            g.writeStringField("code", venue.code());
            g.writeStringField("name", venue.name());
            g.writeEndObject();
            g.writeEndObject();
        }));
    }

    private LiveVenue known(String code) {
        return venues.find(code).orElseThrow(() -> ApiError.of(404, "no venue with this code in the registry")
                .detail("venue", Quoting.quoted(code)));
    }

    private static JsonNode body(Context ctx) {
        HttpApi.refuseDeclaredOversize(ctx, MAX_BODY);
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY) {
            throw ApiError.of(413, "the body is too large: at most " + MAX_BODY + " bytes");
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw notAForm();
            }
            return node;
        } catch (JsonProcessingException e) {
            throw notAForm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiError notAForm() {
        return ApiError.of(400, "the body must be a JSON object {\"name\",\"phone\",\"documentNumber\",\"direction\"}")
                .detail("field", "$");
    }

    /** The field's text, or null when it is missing or not a string (the form check then names it). */
    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static byte[] resource(String path) {
        try (InputStream in = SelfCheckinEndpoint.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
