package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.access.Access;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.port.Directory;
import vn.qrgate.registry.port.VenueStore;

/**
 * Which readers are provisioned for which venue. Moving a reader needs the right to assign devices at
 * the venue it goes to and, when it is at another venue now, at that one too.
 */
public final class DevicesEndpoint implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(DevicesEndpoint.class);

    private final Guard guard;
    private final VenueStore venues;
    private final Directory directory;

    public DevicesEndpoint(Guard guard, VenueStore venues, Directory directory) {
        this.guard = guard;
        this.venues = venues;
        this.directory = directory;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/venues/{code}/devices", this::list);
        routes.put("/api/v1/devices/{deviceId}", this::assign);
    }

    void list(Context ctx) {
        Caller.Account account = guard.account(ctx);
        Venue venue = guard.venue(ctx.pathParam("code"));
        if (!guard.access(account).maySee(guard.place(venue))) {
            throw Guard.forbidden(account, "see venue " + venue.code());
        }
        List<DeviceAssignment> devices = directory.devicesAt(venue.code());
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("devices");
            for (DeviceAssignment d : devices) {
                assignment(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    void assign(Context ctx) {
        Caller.Account account = guard.account(ctx);
        String raw = ctx.pathParam("deviceId");
        DeviceId device;
        try {
            device = DeviceId.of(raw);
        } catch (IllegalArgumentException e) {
            throw Requests.bad("deviceId", raw, "a device id as in the reader's config (device.id): " + e.getMessage());
        }
        Venue venue = guard.venue(Requests.text(Requests.body(ctx), "venue", "\"V48-000001\""));
        Access access = guard.access(account);
        if (!access.mayAssignDevicesTo(guard.place(venue))) {
            throw Guard.forbidden(account, "assign devices to venue " + venue.code()
                    + "; admins, officials of its area and its owner may");
        }
        Optional<DeviceAssignment> now = venues.venueOfDevice(device);
        if (now.isPresent() && !now.get().venueCode().equals(venue.code())
                && !access.mayAssignDevicesTo(guard.place(guard.venue(now.get().venueCode().value())))) {
            throw Guard.forbidden(account, "move device " + device + " away from venue " + now.get().venueCode());
        }
        venues.assign(device, venue.code());
        DeviceAssignment assigned = venues.venueOfDevice(device).orElseThrow();
        LOG.info("{} assigned device {} to venue {}", account.id(), device, venue.code());
        ctx.status(200).contentType(Json.CONTENT_TYPE).result(Json.write(g -> assignment(g, assigned)));
    }

    private static void assignment(JsonGenerator g, DeviceAssignment d) throws IOException {
        g.writeStartObject();
        g.writeStringField("device", d.deviceId().value());
        g.writeStringField("venue", d.venueCode().value());
        g.writeStringField("assignedAt", d.assignedAt().toString());
        g.writeEndObject();
    }
}
