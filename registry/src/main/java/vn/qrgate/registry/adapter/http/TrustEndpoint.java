package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.port.Authenticator;
import vn.qrgate.registry.port.GateLists;
import vn.qrgate.registry.port.SigningKeyStore;

/**
 * What gateways fetch to pass on to the gates (DESIGN §3, §4): the trust list, a JWK Set of the keys
 * codes may be signed with, and the revocation list. Both are read fresh at every request (the key file
 * may have been rotated by {@code keys rotate} meanwhile), carry an ETag, and answer 304 to a gateway
 * that has them already, so polling every few seconds costs next to nothing.
 */
public final class TrustEndpoint implements ApiModule {

    private final Authenticator authenticator;
    private final GateLists lists;

    public TrustEndpoint(Authenticator authenticator, GateLists lists) {
        this.authenticator = authenticator;
        this.lists = lists;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/trust", ctx -> answer(ctx, lists::trustList));
        routes.get("/api/v1/revocations", ctx -> answer(ctx, lists::revocationList));
    }

    private void answer(Context ctx, Supplier<String> body) {
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "send Authorization: Bearer <gateway token>"));
        if (caller instanceof Caller.Account account && account.role() != Role.ADMIN) {
            throw Guard.forbidden(account, "read the trust and revocation lists; they are for gateways and admins");
        }
        byte[] bytes;
        try {
            bytes = body.get().getBytes(StandardCharsets.UTF_8);
        } catch (SigningKeyStore.KeyStoreException e) {
            throw ApiError.of(503, "the signing key file cannot be read; the operator sees why in 'qrgate-registry keys list'");
        }
        String etag = "\"" + sha256(bytes) + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(bytes);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
