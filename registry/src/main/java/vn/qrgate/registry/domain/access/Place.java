package vn.qrgate.registry.domain.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where something is, for access decisions: a venue's code (empty for an area alone) and the codes of
 * its area and every area above it, lowest first ({@code [20236, 492, 48]} for a ward of Đà Nẵng).
 */
public record Place(Optional<String> venueCode, List<String> areaPath) {

    public Place {
        Objects.requireNonNull(venueCode, "venueCode");
        areaPath = List.copyOf(areaPath);
    }

    public static Place venue(String venueCode, List<String> areaPath) {
        return new Place(Optional.of(venueCode), areaPath);
    }

    public static Place area(List<String> areaPath) {
        return new Place(Optional.empty(), areaPath);
    }

    public boolean isWithin(String areaCode) {
        return areaPath.contains(areaCode);
    }
}
