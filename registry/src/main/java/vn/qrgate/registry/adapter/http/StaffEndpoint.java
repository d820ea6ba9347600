package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.people.Membership;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.port.AccountStore;

/**
 * A venue's staff, managed by its owner (or an admin). Phones are shown masked: the owner typed them
 * and needs only to tell them apart. Removing staff takes effect at their next request.
 */
public final class StaffEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(StaffEndpoint.class);

    private final Guard guard;
    private final AccountStore accounts;

    public StaffEndpoint(Guard guard, AccountStore accounts) {
        this.guard = guard;
        this.accounts = accounts;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/venues/{code}/staff", ctx -> list(ctx, managed(ctx)));
        routes.post("/api/v1/venues/{code}/staff", this::add);
        routes.delete("/api/v1/venues/{code}/staff/{phone}", this::remove);
    }

    private Venue managed(Context ctx) {
        Caller.Account account = guard.account(ctx);
        Venue venue = guard.venue(ctx.pathParam("code"));
        if (!guard.access(account).mayManageStaffOf(guard.place(venue))) {
            throw Guard.forbidden(account, "manage the staff of venue " + venue.code() + "; only its owner or an admin may");
        }
        return venue;
    }

    void add(Context ctx) {
        Venue venue = managed(ctx);
        PhoneNumber phone = Requests.phone("phone", Requests.text(Requests.body(ctx), "phone", "\"0912000111\""));
        accounts.addMember(venue.code(), phone, false);
        LOG.info("{} added a staff member to venue {}", guard.account(ctx).id(), venue.code());
        ctx.status(201);
        list(ctx, venue);
    }

    void remove(Context ctx) {
        Venue venue = managed(ctx);
        PhoneNumber phone = Requests.phone("phone", ctx.pathParam("phone"));
        if (!accounts.removeStaff(venue.code(), phone)) {
            throw ApiError.of(404, "this phone is not staff of venue " + venue.code()
                    + " (an owner cannot be removed here)").detail("phone", phone.masked());
        }
        LOG.info("{} removed a staff member from venue {}", guard.account(ctx).id(), venue.code());
        list(ctx, venue);
    }

    private void list(Context ctx, Venue venue) {
        List<Membership> staff = accounts.membersOf(venue.code()).stream().filter(m -> !m.owner()).toList();
        ctx.header("Cache-Control", "no-store");
        if (ctx.statusCode() != 201) {
            ctx.status(200);
        }
        ctx.contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("staff");
            for (Membership m : staff) {
                g.writeStartObject();
                g.writeStringField("phone", m.phone().masked());
                g.writeStringField("addedAt", m.addedAt().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
