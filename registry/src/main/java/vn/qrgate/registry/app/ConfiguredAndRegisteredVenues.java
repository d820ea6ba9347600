package vn.qrgate.registry.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.qrgate.registry.domain.Venue;
import vn.qrgate.registry.domain.live.LiveVenue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.port.LiveVenues;
import vn.qrgate.registry.port.VenueStore;

/**
 * Venues registered in the store (with their type) first, then the config's {@code venues[]} (no type).
 * A code in both is the registered venue: its type decides the full view.
 */
final class ConfiguredAndRegisteredVenues implements LiveVenues {

    private final Map<String, Venue> configured;
    private final VenueStore store;

    ConfiguredAndRegisteredVenues(List<Venue> configured, VenueStore store) {
        this.configured = configured.stream().collect(Collectors.toUnmodifiableMap(Venue::id, Function.identity()));
        this.store = store;
    }

    @Override
    public Optional<LiveVenue> find(String venueId) {
        if (venueId != null && venueId.matches(VenueCode.PATTERN)) {
            Optional<LiveVenue> registered = store.byCode(VenueCode.of(venueId)).map(v -> new LiveVenue(
                    v.code().value(), v.registration().name(), Optional.of(v.registration().type())));
            if (registered.isPresent()) {
                return registered;
            }
        }
        return Optional.ofNullable(configured.get(venueId)).map(v -> new LiveVenue(v.id(), v.name(), Optional.empty()));
    }
}
