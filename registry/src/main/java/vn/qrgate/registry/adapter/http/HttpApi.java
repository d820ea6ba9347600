package vn.qrgate.registry.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.port.StoreBusyException;
import vn.qrgate.registry.port.StoreFailureException;

/** The registry's HTTP side: routes, JSON errors everywhere, request timings. */
public final class HttpApi implements AutoCloseable {

    /** What the gateway waits before sending a batch again after a 503. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    // Generous per event (a typical one is about 500 bytes), so an over-long batch is told its count.
    private static final long BYTES_PER_EVENT = 4096;
    private static final long MIN_BODY_BYTES = 1 << 20;

    private final Javalin javalin;
    private final List<ApiModule> modules;

    private HttpApi(Javalin javalin, List<ApiModule> modules) {
        this.javalin = javalin;
        this.modules = List.copyOf(modules);
    }

    /** {@code maxBatch} sizes the largest body accepted (see {@link #maxBody}). */
    public record Settings(String host, int port, int maxBatch) {
    }

    /**
     * Starts listening with the given modules' routes, plus {@code /health} (answered by {@code ping},
     * which throws when the store does not answer) and {@code /metrics}; returns once the port is bound.
     */
    public static HttpApi start(Settings settings, List<ApiModule> modules, Runnable ping,
            PrometheusMeterRegistry meters) {
        ApiMetrics metrics = new ApiMetrics(meters);
        long maxBody = maxBody(settings.maxBatch());
        Javalin javalin = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.http.maxRequestSize = maxBody;
            cfg.requestLogger.http((ctx, ms) -> {
                Object route = ctx.attribute(Routes.ROUTE_ATTRIBUTE);
                metrics.request(ctx.method().name(), route == null ? "unmatched" : route.toString(), ctx.statusCode(),
                        Duration.ofNanos((long) (ms * 1_000_000)));
            });
            Routes routes = new Routes(cfg);
            modules.forEach(m -> m.register(routes));
            routes.get("/health", ctx -> health(ctx, ping));
            routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(meters.scrape()));
            cfg.routes.exception(ApiError.class, HttpApi::apiError);
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> json(ctx, e.getStatus(), Json.error(
                    e.getStatus() == 413 ? "the body is too large" : e.getMessage(), Map.of())));
            cfg.routes.exception(StoreBusyException.class, (e, ctx) -> {
                LOG.warn("store busy, answering 503: {}", e.getMessage());
                ctx.header("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
                json(ctx, 503, Json.error("the registry cannot take more right now; retry later",
                        Map.of("retryAfterSeconds", RETRY_AFTER.toSeconds())));
            });
            cfg.routes.exception(StoreFailureException.class, (e, ctx) -> {
                LOG.error("store failure: {}", e.getMessage());
                json(ctx, 500, Json.error("the registry's store failed; see the registry log", Map.of()));
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                Object route;
                try {
                    route = ctx.attribute(Routes.ROUTE_ATTRIBUTE);
                } catch (RuntimeException gone) {
                    // The request was already recycled (a response completed after its connection went):
                    // there is no one to answer, and trying would only fail again.
                    LOG.debug("an exception after the request was gone: {}", e.getClass().getSimpleName());
                    return;
                }
                LOG.error("{} {} failed", ctx.method(), route, e);
                json(ctx, 500, Json.error("internal error; see the registry log", Map.of()));
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(Routes.ROUTE_ATTRIBUTE) == null) {
                    json(ctx, 404, Json.error("no such endpoint: " + ctx.method() + " " + ctx.path(), Map.of()));
                }
            });
        });
        javalin.start();
        return new HttpApi(javalin, modules);
    }

    /** The largest request body: generous per event of a full batch, and at least 1 MiB. */
    static long maxBody(int maxBatch) {
        return Math.max(MIN_BODY_BYTES, maxBatch * BYTES_PER_EVENT);
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        for (ApiModule module : modules) {
            try {
                module.close();
            } catch (RuntimeException e) {
                LOG.warn("stopping {} failed: {}", module.getClass().getSimpleName(), e.toString());
            }
        }
        javalin.stop();
    }

    /**
     * Answered from the declared length before any of the body is read: a client that sent "Expect:
     * 100-continue" then never uploads it and reads the 413 on an intact connection. (Once the body is
     * being read, the server answers and closes mid-upload, and the client may see only a reset.)
     */
    static void refuseDeclaredOversize(Context ctx, long maxBody) {
        if (ctx.contentLength() > maxBody) {
            throw ApiError.of(413, "the body is too large: " + ctx.contentLength() + " bytes; at most " + maxBody);
        }
    }

    private static void health(Context ctx, Runnable ping) {
        try {
            ping.run();
            json(ctx, 200, Json.status("UP"));
        } catch (RuntimeException e) {
            LOG.warn("health check: store does not answer: {}", e.getMessage());
            json(ctx, 503, Json.status("DOWN"));
        }
    }

    private static void apiError(ApiError e, Context ctx) {
        e.headers().forEach(ctx::header);
        json(ctx, e.status(), Json.error(e.getMessage(), e.details()));
    }

    private static void json(Context ctx, int status, byte[] body) {
        ctx.status(status).contentType(Json.CONTENT_TYPE).result(body);
    }
}
