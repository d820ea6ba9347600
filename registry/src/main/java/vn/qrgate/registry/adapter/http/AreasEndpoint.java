package vn.qrgate.registry.adapter.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.Directory;

/** The lists forms are filled from: venue types and the administrative areas, for any logged-in account. */
public final class AreasEndpoint implements ApiModule {

    private final Guard guard;
    private final AreaStore areas;
    private final Directory directory;

    public AreasEndpoint(Guard guard, AreaStore areas, Directory directory) {
        this.guard = guard;
        this.areas = areas;
        this.directory = directory;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/venue-types", this::types);
        routes.get("/api/v1/areas", ctx -> areas(ctx, directory::topAreas));
        routes.get("/api/v1/areas/{code}", ctx -> areas(ctx, () -> List.of(guard.area(ctx.pathParam("code")))));
        routes.get("/api/v1/areas/{code}/children",
                ctx -> areas(ctx, () -> areas.children(guard.area(ctx.pathParam("code")).code())));
    }

    void types(Context ctx) {
        guard.account(ctx);
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("types");
            for (VenueType type : VenueType.values()) {
                g.writeStartObject();
                g.writeStringField("type", type.wireName());
                g.writeStringField("label", type.label());
                g.writeBooleanField("fullViewAllowed", type.fullViewAllowed());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    private void areas(Context ctx, Supplier<List<Area>> query) {
        guard.account(ctx);
        List<Area> list = query.get();
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("areas");
            for (Area area : list) {
                PeopleJson.area(g, area);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }
}
