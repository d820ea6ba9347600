package vn.qrgate.registry.port;

/**
 * Whether a venue id is one the registry takes check-ins for and lists: the config's {@code venues[]}
 * and the venues registered in the store (by code).
 */
public interface KnownVenues {

    boolean contains(String venueId);
}
