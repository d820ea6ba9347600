package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Credentials;

/** {@code Authorization: Bearer <token>} (RFC 6750) to the caller it belongs to. */
final class BearerToken {

    private static final String SCHEME = "bearer ";

    private BearerToken() {
    }

    static Optional<Caller> caller(Context ctx, Credentials credentials) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= SCHEME.length()
                || !header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        return credentials.identify(header.substring(SCHEME.length()).strip());
    }
}
