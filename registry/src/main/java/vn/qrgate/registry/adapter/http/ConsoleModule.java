package vn.qrgate.registry.adapter.http;

/**
 * The web console: static pages, scripts and styles from the classpath folder {@code console/}, at
 * {@code /console/}. The pages hold no data and no secret; everything they show comes from the API
 * with the browser's session cookie. {@code /} and {@code /console} lead there, so the address the
 * registry prints opens the console.
 */
public final class ConsoleModule implements ApiModule {

    public static final String PATH = "/console/";

    @Override
    public void register(Routes routes) {
        routes.staticFiles("/console", "/console")
                .get("/", ctx -> ctx.redirect(PATH));
    }
}
