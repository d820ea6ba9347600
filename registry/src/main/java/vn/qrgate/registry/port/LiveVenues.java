package vn.qrgate.registry.port;

import java.util.Optional;
import vn.qrgate.registry.domain.live.LiveVenue;

/** The venues a live list or a self check-in page may be opened for: configured or registered. */
public interface LiveVenues {

    Optional<LiveVenue> find(String venueId);
}
