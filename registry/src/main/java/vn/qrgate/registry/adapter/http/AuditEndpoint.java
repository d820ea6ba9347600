package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.Authenticator;

/** {@code GET /api/v1/audit?from=&to=&limit=}: the trace audit log, oldest first, for admins only. */
public final class AuditEndpoint implements ApiModule {

    static final String ROUTE = "/api/v1/audit";
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final AuditLog audit;
    private final Authenticator authenticator;

    public AuditEndpoint(AuditLog audit, Authenticator authenticator) {
        this.audit = audit;
        this.authenticator = authenticator;
    }

    @Override
    public void register(Routes routes) {
        routes.get(ROUTE, this::handle);
    }

    void handle(Context ctx) {
        Caller caller = BearerToken.caller(ctx, authenticator).orElseThrow(() -> ApiError.unauthorized(
                "an admin account's bearer token is required: Authorization: Bearer <token of an admin account>"));
        if (!(caller instanceof Caller.Account account) || account.role() != Role.ADMIN) {
            throw ApiError.of(403, caller.id() + " may not read the audit log; it needs role admin");
        }
        Instant from = TraceParameters.instant("from", ctx.queryParam("from"));
        Instant to = TraceParameters.instant("to", ctx.queryParam("to"));
        if (!from.isBefore(to)) {
            throw TraceParameters.bad("to", ctx.queryParam("to"), "a time after from (" + from + ")");
        }
        int limit = TraceParameters.limit(ctx.queryParam("limit"), DEFAULT_LIMIT, MAX_LIMIT);
        List<AuditEntry> entries = audit.between(from, to, limit);
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            for (AuditEntry e : entries) {
                g.writeStartObject();
                g.writeStringField("askedAt", e.at().toString());
                g.writeStringField("account", e.account());
                g.writeStringField("role", e.role().configName());
                g.writeStringField("kind", e.kind().name());
                g.writeStringField("target", e.target());
                g.writeStringField("from", e.window().from().toString());
                g.writeStringField("to", e.window().to().toString());
                g.writeNumberField("rows", e.rows());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
