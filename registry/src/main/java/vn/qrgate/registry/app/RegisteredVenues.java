package vn.qrgate.registry.app;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.port.KnownVenues;
import vn.qrgate.registry.port.VenueStore;

/**
 * The config's venues and the store's. Codes found in the store are remembered: venues are never
 * deleted and codes never reused, so a yes stays true; a no is asked again, as the venue may be new.
 */
final class RegisteredVenues implements KnownVenues {

    private final Set<String> configured;
    private final VenueStore store;
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    RegisteredVenues(Set<String> configured, VenueStore store) {
        this.configured = Set.copyOf(configured);
        this.store = store;
    }

    @Override
    public boolean contains(String venueId) {
        if (configured.contains(venueId) || registered.contains(venueId)) {
            return true;
        }
        if (venueId == null || !venueId.matches(VenueCode.PATTERN)) {
            return false;
        }
        boolean found = store.byCode(VenueCode.of(venueId)).isPresent();
        if (found) {
            registered.add(venueId);
        }
        return found;
    }
}
