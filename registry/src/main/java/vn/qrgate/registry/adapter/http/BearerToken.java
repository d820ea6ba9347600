package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.port.Authenticator;

/**
 * The caller behind a request: {@code Authorization: Bearer <token>} (RFC 6750) for scripts and
 * gateways, or the console's session cookie, which a browser's EventSource sends where it cannot set
 * a header. The header wins when both are there.
 */
public final class BearerToken {

    /** HttpOnly, SameSite=Strict: set by the login, never readable by the page's scripts. */
    public static final String SESSION_COOKIE = "qrgate_session";

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    public static Optional<Caller> caller(Context ctx, Authenticator authenticator) {
        return presented(ctx).flatMap(authenticator::identify);
    }

    /** The token the request carries, if any, without checking it. */
    public static Optional<String> presented(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.length() > SCHEME.length()
                && header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.of(header.substring(SCHEME.length()).strip()).filter(t -> !t.isEmpty());
        }
        return Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).filter(t -> !t.isEmpty());
    }
}
