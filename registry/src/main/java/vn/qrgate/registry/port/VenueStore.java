package vn.qrgate.registry.port;

import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;

/**
 * Registered venues and the readers provisioned for them. Ingest, the live list and the console find
 * venues here by code, beside the config's {@code venues[]}.
 * Every method may throw {@link StoreBusyException} or {@link StoreFailureException} like
 * {@link CheckinStore}'s.
 */
public interface VenueStore extends AutoCloseable {

    /**
     * Stores the venue under a new code, allocated in the same transaction from the province of its
     * area: two registrations never get the same code, and a code is never given out again.
     *
     * @throws UnknownAreaException when the area code is not among the stored areas
     */
    Venue register(VenueRegistration registration);

    Optional<Venue> byCode(VenueCode code);

    /** The venues in {@code areaCode} or any area under it (a district's are those of its wards), by code. */
    List<Venue> inArea(String areaCode);

    /**
     * Provisions {@code deviceId} for {@code venueCode}, moving it when it was at another venue.
     *
     * @return the assignment this one replaced, empty for a device seen the first time
     * @throws UnknownVenueException when no venue has that code
     */
    Optional<DeviceAssignment> assign(DeviceId deviceId, VenueCode venueCode);

    /** Where the device is provisioned now. */
    Optional<DeviceAssignment> venueOfDevice(DeviceId deviceId);

    /** A short description for logs, e.g. {@code sqlite /var/lib/qrgate/registry.db}; no password. */
    String describe();

    @Override
    void close();
}
