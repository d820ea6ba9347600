package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.RegisteredGateway;
import vn.qrgate.registry.domain.people.SecretTokens;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.GatewayExistsException;

/**
 * Gateways registered in the console (admins only). The token is in the answer to the registration and
 * nowhere else: only its digest is stored.
 */
public final class GatewaysEndpoint implements ApiModule {

    /** The config's rule for gateway ids, so both kinds look alike. */
    public static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);
    private static final Logger LOG = LoggerFactory.getLogger(GatewaysEndpoint.class);

    private final Guard guard;
    private final AccountStore accounts;
    private final Set<String> configured;
    private final RandomGenerator random;

    /** {@code configured} are the config's gateway ids, which a registered gateway may not take. */
    public GatewaysEndpoint(Guard guard, AccountStore accounts, Set<String> configured, RandomGenerator random) {
        this.guard = guard;
        this.accounts = accounts;
        this.configured = Set.copyOf(configured);
        this.random = random;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/gateways", this::list);
        routes.post("/api/v1/gateways", this::create);
        routes.delete("/api/v1/gateways/{id}", this::revoke);
    }

    private Caller.Account admin(Context ctx) {
        Caller.Account account = guard.account(ctx);
        if (!guard.access(account).mayAdminister()) {
            throw Guard.forbidden(account, "manage gateways; it needs role admin");
        }
        return account;
    }

    void list(Context ctx) {
        admin(ctx);
        List<RegisteredGateway> registered = accounts.gateways();
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("gateways");
            for (String id : configured.stream().sorted().toList()) {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("source", "config");
                g.writeBooleanField("revoked", false);
                g.writeEndObject();
            }
            for (RegisteredGateway gw : registered) {
                g.writeStartObject();
                g.writeStringField("id", gw.id());
                g.writeStringField("source", "console");
                g.writeStringField("createdAt", gw.createdAt().toString());
                g.writeBooleanField("revoked", gw.revokedAt().isPresent());
                if (gw.revokedAt().isPresent()) {
                    g.writeStringField("revokedAt", gw.revokedAt().get().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    void create(Context ctx) {
        Caller.Account account = admin(ctx);
        String id = Requests.text(Requests.body(ctx), "id", "\"gw-danang-1\"");
        if (!ID.matcher(id).matches()) {
            throw Requests.bad("id", id, "1 to 64 lower-case letters, digits and '-', starting with a letter or digit");
        }
        if (configured.contains(id)) {
            throw ApiError.of(409, "gateway " + id + " is in the registry config already; choose another id")
                    .detail("id", id);
        }
        String token = SecretTokens.newToken(random);
        try {
            accounts.registerGateway(id, TokenDigest.ofToken(token));
        } catch (GatewayExistsException e) {
            throw ApiError.of(409, e.getMessage()).detail("id", id);
        }
        LOG.info("{} registered gateway {}", account.id(), id);
        ctx.header("Cache-Control", "no-store");
        ctx.status(201).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("token", token);
            g.writeEndObject();
        }));
    }

    void revoke(Context ctx) {
        Caller.Account account = admin(ctx);
        String id = ctx.pathParam("id");
        if (configured.contains(id)) {
            throw ApiError.of(409, "gateway " + id + " is in the registry config; remove it there and restart")
                    .detail("id", id);
        }
        if (!accounts.revokeGateway(id)) {
            throw ApiError.of(404, "no registered, unrevoked gateway has this id").detail("id", Requests.quoted(id));
        }
        LOG.info("{} revoked gateway {}", account.id(), id);
        ctx.status(204);
    }
}
