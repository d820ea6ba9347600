package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.port.AreaStore;

/** The VENUE and AREA objects of the API, written the same way by every endpoint. */
final class PeopleJson {

    private final AreaStore areas;
    // Per response: a list of venues names the same few areas again and again.
    private final Map<String, Optional<Area>> seen = new HashMap<>();

    PeopleJson(AreaStore areas) {
        this.areas = areas;
    }

    Optional<Area> area(String code) {
        return seen.computeIfAbsent(code, areas::byCode);
    }

    void venue(JsonGenerator g, Venue venue) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", venue.code().value());
        g.writeStringField("name", venue.registration().name());
        g.writeStringField("type", venue.registration().type().wireName());
        g.writeStringField("typeLabel", venue.registration().type().label());
        g.writeStringField("address", venue.registration().address());
        g.writeObjectFieldStart("area");
        g.writeStringField("code", venue.registration().areaCode());
        Optional<Area> area = area(venue.registration().areaCode());
        if (area.isPresent()) {
            g.writeStringField("name", area.get().name());
        } else {
            g.writeNullField("name");
        }
        g.writeEndObject();
        g.writeStringField("createdAt", venue.createdAt().toString());
        g.writeBooleanField("fullViewAllowed", venue.registration().type().fullViewAllowed());
        g.writeEndObject();
    }

    static void area(JsonGenerator g, Area area) throws IOException {
        g.writeStartObject();
        g.writeStringField("code", area.code());
        g.writeStringField("name", area.name());
        g.writeStringField("type", area.type());
        g.writeNumberField("level", area.level().depth());
        g.writeStringField("levelName", area.level().name());
        if (area.parentCode().isPresent()) {
            g.writeStringField("parent", area.parentCode().get());
        } else {
            g.writeNullField("parent");
        }
        g.writeEndObject();
    }
}
