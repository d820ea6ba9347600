package vn.qrgate.registry.domain.venue;

import vn.qrgate.registry.domain.area.Area;

/**
 * How a new venue's code is made from its province and the next number of that province's sequence.
 * The store keeps the sequence and only ever moves it forward, so a code is never given out twice,
 * even after the venue that had it is gone or the area editions change.
 */
@FunctionalInterface
public interface VenueCodes {

    /** The largest number six digits hold; a province with more venues needs a new code format. */
    long MAX_NUMBER = 999_999;

    VenueCode code(String provinceCode, long number);

    /** {@code V<province>-<number, zero-padded to 6>}: {@code 58} and {@code 123} make {@code V58-000123}. */
    VenueCodes PROVINCE_AND_NUMBER = (provinceCode, number) -> {
        Area.codeProblem(provinceCode).ifPresent(problem -> {
            throw new InvalidVenueException("province code", problem);
        });
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidVenueException("code number", number + " is outside 1.." + MAX_NUMBER
                    + "; province " + provinceCode + " has no venue codes left in the V<province>-<6 digits> format");
        }
        return new VenueCode(String.format("V%s-%06d", provinceCode, number));
    };
}
