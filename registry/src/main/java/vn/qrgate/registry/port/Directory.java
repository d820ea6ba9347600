package vn.qrgate.registry.port;

import java.util.List;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;

/**
 * The whole-registry lists the console browses from: what {@link AreaStore} and {@link VenueStore} answer
 * per area or per code, listed from the top. May throw {@link StoreBusyException} or {@link StoreFailureException}.
 */
public interface Directory {

    /** The areas without a parent (the provinces), by code. */
    List<Area> topAreas();

    /** Every registered venue, by code. */
    List<Venue> allVenues();

    /** The readers provisioned for the venue now, by device id. */
    List<DeviceAssignment> devicesAt(VenueCode venue);
}
