package vn.qrgate.gateway.adapter.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.qrgate.gateway.config.HttpSettings;
import vn.qrgate.gateway.domain.Health;

/**
 * {@code GET /health} (200 with {@code {"status":"UP",...}}, 503 when the store is unreachable) and
 * {@code GET /metrics} (Prometheus text) on Javalin. Nothing else is served.
 */
public final class StatusServer implements AutoCloseable {

    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final Javalin app;

    private StatusServer(Javalin app) {
        this.app = app;
    }

    public static StatusServer start(HttpSettings settings, Supplier<Health> health, Supplier<String> metrics) {
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("qrgate-http");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.threadPool = threads;
            config.routes.get("/health", ctx -> health(ctx, health.get()));
            config.routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TEXT).result(metrics.get()));
        });
        app.start();
        return new StatusServer(app);
    }

    private static void health(Context ctx, Health h) {
        String json = "{\"status\":\"" + (h.up() ? "UP" : "DOWN") + "\",\"mqtt\":\""
                + (h.mqttConnected() ? "connected" : "disconnected") + "\",\"store\":\""
                + (h.storeOk() ? "ok" : "unreachable") + "\",\"registryBacklog\":" + h.registryBacklog() + "}";
        ctx.status(h.up() ? 200 : 503).contentType("application/json").result(json);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
