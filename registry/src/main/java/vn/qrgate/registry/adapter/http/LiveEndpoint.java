package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.domain.live.LiveAccess;
import vn.qrgate.registry.domain.live.LiveDay;
import vn.qrgate.registry.domain.live.LiveSnapshot;
import vn.qrgate.registry.domain.live.LiveVenue;
import vn.qrgate.registry.domain.live.LiveView;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.CheckinFeed;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.LiveCounts;
import vn.qrgate.registry.port.LiveVenues;

/**
 * A venue's in/out list as it happens: {@code GET /api/v1/venues/{code}/live[?view=full]} as
 * Server-Sent Events (a {@code snapshot} event, then one {@code checkin} event per new check-in), and
 * {@code …/live.json} with the snapshot alone. Every full view is in the audit log before it is sent.
 */
public final class LiveEndpoint implements ApiModule {

    static final String STREAM = "/api/v1/venues/{code}/live";
    static final String SNAPSHOT = "/api/v1/venues/{code}/live.json";

    private static final Logger LOG = LoggerFactory.getLogger(LiveEndpoint.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    /** The clock, the local zone of "today", the snapshot size and the heartbeat interval. */
    public record Settings(Clock clock, ZoneId zone, int snapshotSize, Duration heartbeat) {
    }

    private final Sources sources;
    private final Settings settings;
    private final ExecutorService pumps = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qrgate-live");
        t.setDaemon(true);
        return t;
    });

    /** Where the list's parts come from. */
    public record Sources(LiveVenues venues, CheckinStore store, LiveCounts counts, CheckinFeed feed, AuditLog audit,
            Authenticator authenticator) {
    }

    public LiveEndpoint(Sources sources, Settings settings) {
        this.sources = sources;
        this.settings = settings;
    }

    @Override
    public void register(Routes routes) {
        routes.get(SNAPSHOT, this::snapshot);
        routes.get(STREAM, this::stream);
    }

    /**
     * Waits for the streams to end (the feed is closed first, which ends them), so each one completes
     * its response while the server still runs: completing one after the server stopped makes Jetty
     * hand Javalin a recycled request, and its error handling then fails over and over.
     */
    @Override
    public void close() {
        pumps.shutdown();
        try {
            if (!pumps.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("live streams did not end within {}; stopping anyway", STOP_WAIT);
                pumps.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void snapshot(Context ctx) {
        Granted granted = authorize(ctx);
        LiveSnapshot snapshot = take(granted);
        auditIfFull(granted, snapshot);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(LiveJson.snapshot(snapshot));
    }

    void stream(Context ctx) {
        Granted granted = authorize(ctx);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw ApiError.of(406, "this is an event stream: send Accept: text/event-stream, or read "
                    + SNAPSHOT.replace("{code}", granted.venue().code()) + " for the snapshot as JSON")
                    .detail("header", "Accept");
        }
        // Subscribed before the snapshot is read, so nothing stored in between is missed; what is in
        // both is sent once.
        CheckinFeed.Subscription subscription = sources.feed().subscribe(granted.venue().code());
        LiveSnapshot snapshot;
        try {
            snapshot = take(granted);
            auditIfFull(granted, snapshot);
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
        new SseHandler(client -> {
            client.keepAlive();
            client.onClose(subscription::close);
            client.sendEvent("snapshot", LiveJson.text(LiveJson.snapshot(snapshot)));
            Set<UUID> sent = new HashSet<>();
            snapshot.entries().forEach(c -> sent.add(c.event().eventId()));
            pumps.execute(() -> pump(client, subscription, snapshot.view(), sent));
        }).handle(ctx);
    }

    private void pump(SseClient client, CheckinFeed.Subscription subscription, LiveView view, Set<UUID> sent) {
        try {
            while (!client.terminated()) {
                CheckinFeed.Next next = subscription.next(settings.heartbeat());
                if (next instanceof CheckinFeed.Arrived arrived) {
                    if (sent.add(arrived.checkin().event().eventId())) {
                        client.sendEvent("checkin", LiveJson.entry(arrived.checkin(), view));
                    }
                } else if (next instanceof CheckinFeed.Quiet) {
                    client.sendComment("heartbeat");
                } else {
                    LOG.debug("live stream ends: {}", ((CheckinFeed.Ended) next).why());
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("live stream ends: {}", e.getClass().getSimpleName());
        } finally {
            subscription.close();
            client.close();
        }
    }

    private record Granted(Caller caller, LiveVenue venue, LiveView view, TraceWindow day) {
    }

    private Granted authorize(Context ctx) {
        String code = ctx.pathParam("code");
        Caller caller = BearerToken.caller(ctx, sources.authenticator()).orElseThrow(() -> ApiError.unauthorized(
                "an account's bearer token (or session cookie) is required to watch a venue's live list"));
        String viewParameter = ctx.queryParam("view");
        LiveView asked = LiveView.fromParameter(viewParameter).orElseThrow(() -> ApiError.of(400,
                "query parameter view must be masked or full (default masked)")
                .detail("parameter", "view").detail("value", Quoting.quoted(viewParameter))
                .detail("allowed", "masked, full"));
        LiveVenue venue = sources.venues().find(code).orElseThrow(() -> ApiError.of(404,
                "no venue with this code in the registry").detail("venue", Quoting.quoted(code)));
        TraceWindow day = LiveDay.containing(settings.clock().instant(), settings.zone());
        LiveAccess access = LiveAccess.decide(caller, venue, asked);
        if (access instanceof LiveAccess.Refused refused) {
            if (asked == LiveView.FULL && caller instanceof Caller.Account account) {
                sources.audit().record(new AuditEntry(settings.clock().instant(), account.id(), account.role(),
                        TraceKind.FULL_VIEW_REFUSED, venue.code(), day, 0));
            }
            throw ApiError.of(403, refused.why()).detail("venue", venue.code()).detail("view", asked.wireName());
        }
        return new Granted(caller, venue, ((LiveAccess.Granted) access).view(), day);
    }

    private LiveSnapshot take(Granted granted) {
        String code = granted.venue().code();
        TraceWindow day = granted.day();
        List<StoredCheckin> newest = sources.store().newestFirst(
                new CheckinQuery(code, Optional.of(day.from()), settings.snapshotSize()));
        LiveCounts.Directions counts = sources.counts().accepted(code, day.from(), day.to());
        return new LiveSnapshot(granted.venue(), granted.view(), day, LiveDay.inside(counts.in(), counts.out()), newest);
    }

    private void auditIfFull(Granted granted, LiveSnapshot snapshot) {
        if (snapshot.view() == LiveView.FULL) {
            Caller.Account account = (Caller.Account) granted.caller();
            sources.audit().record(new AuditEntry(settings.clock().instant(), account.id(), account.role(),
                    TraceKind.FULL_VIEW, snapshot.venue().code(), snapshot.day(), snapshot.entries().size()));
        }
    }
}
