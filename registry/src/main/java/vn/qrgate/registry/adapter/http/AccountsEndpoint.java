package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AreaStore;

/**
 * Admins, health tracers and officials, by phone (admins only). Owners and staff are not made here:
 * owners come with their venue, staff from the owner.
 */
public final class AccountsEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(AccountsEndpoint.class);
    static final String ROLES = "admin, health-tracer, ward-official, district-official, province-official";

    private final Guard guard;
    private final AccountStore accounts;
    private final AreaStore areas;

    public AccountsEndpoint(Guard guard, AccountStore accounts, AreaStore areas) {
        this.guard = guard;
        this.accounts = accounts;
        this.areas = areas;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/accounts", this::list);
        routes.post("/api/v1/accounts", this::put);
        routes.delete("/api/v1/accounts/{phone}", this::remove);
    }

    private Caller.Account admin(Context ctx) {
        Caller.Account account = guard.account(ctx);
        if (!guard.access(account).mayAdminister()) {
            throw Guard.forbidden(account, "manage accounts; it needs role admin");
        }
        return account;
    }

    void list(Context ctx) {
        admin(ctx);
        List<Person> people = accounts.withRoles();
        ctx.header("Cache-Control", "no-store");
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("accounts");
            for (Person p : people) {
                g.writeStartObject();
                g.writeStringField("id", p.accountId());
                g.writeStringField("phone", p.phone().masked());
                g.writeStringField("role", p.role().orElseThrow().configName());
                g.writeStringField("area", p.area().orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    void put(Context ctx) {
        Caller.Account admin = admin(ctx);
        JsonNode body = Requests.body(ctx);
        PhoneNumber phone = Requests.phone("phone", Requests.text(body, "phone", "\"0912000111\""));
        String roleName = Requests.text(body, "role", "\"ward-official\"");
        Role role = Role.fromConfigName(roleName).filter(r -> !r.takesVenues())
                .orElseThrow(() -> Requests.bad("role", roleName, "one of " + ROLES
                        + " (owners come with their venue, staff from the owner)"));
        Optional<String> area = Optional.empty();
        if (role.takesArea()) {
            String code = Requests.text(body, "area", "\"492\"");
            if (areas.byCode(code).isEmpty()) {
                throw Requests.bad("area", code, "the code of a stored area (GET /api/v1/areas)");
            }
            area = Optional.of(code);
        } else if (Requests.has(body, "area")) {
            throw Requests.bad("area", body.get("area").asText(), "absent: only officials have an area");
        }
        Person person = accounts.putRole(phone, role, area);
        LOG.info("{} made {} a {}", admin.id(), person.accountId(), role.configName());
        ctx.status(201).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeStringField("id", person.accountId());
            g.writeStringField("phone", phone.masked());
            g.writeStringField("role", role.configName());
            g.writeStringField("area", person.area().orElse(null));
            g.writeEndObject();
        }));
    }

    void remove(Context ctx) {
        Caller.Account admin = admin(ctx);
        PhoneNumber phone = Requests.phone("phone", ctx.pathParam("phone"));
        if (!accounts.removeRole(phone)) {
            throw ApiError.of(404, "this phone has no admin, tracer or official account").detail("phone", phone.masked());
        }
        LOG.info("{} removed an account", admin.id());
        ctx.status(204);
    }
}
