package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.json.EventCodecException;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.IngestPlan;
import vn.qrgate.registry.domain.StoreResult;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.KnownVenues;

/**
 * {@code POST /api/v1/checkins} (DESIGN §5): a gateway's batch, each event stored at most once by
 * eventId, the answer per event. The whole batch is one transaction, so a retry after any failure
 * finds each event either stored (duplicates) or not (accepted), never half of one.
 */
public final class IngestEndpoint implements ApiModule {

    public static final String ROUTE = "/api/v1/checkins";

    private static final Logger LOG = LoggerFactory.getLogger(IngestEndpoint.class);

    private final CheckinStore store;
    private final Authenticator authenticator;
    private final KnownVenues venues;
    private final int maxBatch;
    private final Clock clock;
    private final ApiMetrics metrics;

    public IngestEndpoint(CheckinStore store, Authenticator authenticator, KnownVenues venues, int maxBatch, Clock clock,
            ApiMetrics metrics) {
        this.store = store;
        this.authenticator = authenticator;
        this.venues = venues;
        this.maxBatch = maxBatch;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void register(Routes routes) {
        routes.post(ROUTE, ctx -> {
            HttpApi.refuseDeclaredOversize(ctx, HttpApi.maxBody(maxBatch));
            handle(ctx);
        });
    }

    void handle(Context ctx) {
        String gateway = BearerToken.caller(ctx, authenticator)
                .filter(Caller.Gateway.class::isInstance)
                .map(Caller::id)
                .orElseThrow(() -> ApiError.unauthorized("a gateway's bearer token is required: "
                        + "Authorization: Bearer <token of a gateway in the registry config>"));
        List<Event> events = decode(ctx.bodyAsBytes());
        if (events.size() > maxBatch) {
            throw ApiError.of(413, "a batch may hold at most " + maxBatch + " events; this one has " + events.size()
                    + "; send it in smaller batches").detail("maxBatch", maxBatch);
        }
        IngestPlan plan = IngestPlan.of(events, venues::contains);
        StoreResult stored = store.insertIfAbsent(plan.toStore(), gateway, clock.instant());
        IngestResponse response = plan.respond(stored);
        metrics.ingested(response);
        if (!plan.rejected().isEmpty()) {
            // Venue ids are configuration, not personal data; naming them tells the operator what to add.
            LOG.warn("{}: {} events for venues the registry does not know ({}); rejected as {}", gateway,
                    plan.rejected().size(), unknownVenues(events), IngestPlan.UNKNOWN_VENUE);
        }
        LOG.debug("{}: {} accepted, {} duplicates, {} rejected", gateway, response.accepted().size(),
                response.duplicates().size(), response.rejected().size());
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(EventJson.encode(response));
    }

    private static List<Event> decode(byte[] body) {
        try {
            return EventJson.decodeIngestRequest(body).events();
        } catch (EventCodecException e) {
            // The codec's message names the path and the rule and never quotes personal data.
            throw ApiError.of(400, e.getMessage()).detail("path", e.path());
        } catch (IllegalArgumentException e) {
            throw ApiError.of(400, "the body is not a valid ingest request {\"events\":[…]} (DESIGN §5)")
                    .detail("path", "$");
        }
    }

    private List<String> unknownVenues(List<Event> events) {
        return events.stream().map(Event::venue).filter(v -> !venues.contains(v)).distinct().limit(5).toList();
    }
}
