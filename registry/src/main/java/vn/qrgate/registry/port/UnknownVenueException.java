package vn.qrgate.registry.port;

import vn.qrgate.registry.domain.venue.VenueCode;

/** A device was to be provisioned for a venue code that no registered venue has. */
public class UnknownVenueException extends RuntimeException {

    private final VenueCode venueCode;

    public UnknownVenueException(VenueCode venueCode) {
        super("venue " + venueCode + " is not registered");
        this.venueCode = venueCode;
    }

    public VenueCode venueCode() {
        return venueCode;
    }
}
