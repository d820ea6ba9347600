package vn.qrgate.registry.adapter.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/**
 * Where an {@link ApiModule} adds its routes. The route pattern, not the path, is what request metrics
 * are labelled with, so no id or document number ever becomes a label.
 */
public final class Routes {

    static final String ROUTE_ATTRIBUTE = "qrgate.route";

    private final JavalinConfig config;

    Routes(JavalinConfig config) {
        this.config = config;
    }

    /**
     * Files under {@code classpathDirectory} served as they are (the web console's pages, scripts and
     * styles), at {@code hostedPath}.
     */
    public Routes staticFiles(String hostedPath, String classpathDirectory) {
        config.staticFiles.add(files -> {
            files.hostedPath = hostedPath;
            files.directory = classpathDirectory;
            files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        });
        return this;
    }

    public Routes get(String path, Handler handler) {
        config.routes.get(path, labelled(path, handler));
        return this;
    }

    public Routes post(String path, Handler handler) {
        config.routes.post(path, labelled(path, handler));
        return this;
    }

    public Routes put(String path, Handler handler) {
        config.routes.put(path, labelled(path, handler));
        return this;
    }

    public Routes delete(String path, Handler handler) {
        config.routes.delete(path, labelled(path, handler));
        return this;
    }

    private static Handler labelled(String path, Handler handler) {
        return ctx -> {
            ctx.attribute(ROUTE_ATTRIBUTE, path);
            handler.handle(ctx);
        };
    }
}
