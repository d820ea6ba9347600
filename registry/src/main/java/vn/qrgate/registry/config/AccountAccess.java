package vn.qrgate.registry.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;

/** An account from the config: admin, venue staff or owner (their venues), official (an area) or health tracer. */
public record AccountAccess(String id, Role role, Set<String> venues, Optional<String> area, TokenDigest token) {

    /** An area code as the official list writes it: digits, leading zeros kept. */
    public static final String AREA_PATTERN = "[0-9]{1,10}";

    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public AccountAccess {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("account id must match " + ID_PATTERN);
        }
        Objects.requireNonNull(role, "role");
        venues = Set.copyOf(new LinkedHashSet<>(venues));
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(area, "area");
        if (role.takesArea() != area.isPresent()) {
            throw new IllegalArgumentException("a " + role.configName() + " account " + (role.takesArea()
                    ? "needs the code of its area" : "takes no area"));
        }
        if (area.isPresent() && !area.get().matches(AREA_PATTERN)) {
            throw new IllegalArgumentException("account area must match " + AREA_PATTERN);
        }
        if (role.takesVenues() && venues.isEmpty()) {
            throw new IllegalArgumentException("a " + role.configName() + " account needs at least one venue");
        }
        if (!role.takesVenues() && !venues.isEmpty()) {
            throw new IllegalArgumentException("a " + role.configName() + " account takes no venue list");
        }
    }

    public static AccountAccess admin(String id, String token) {
        return new AccountAccess(id, Role.ADMIN, Set.of(), Optional.empty(), TokenDigest.ofToken(token));
    }

    public static AccountAccess healthTracer(String id, String token) {
        return new AccountAccess(id, Role.HEALTH_TRACER, Set.of(), Optional.empty(), TokenDigest.ofToken(token));
    }

    public static AccountAccess venueStaff(String id, String token, List<String> venues) {
        return new AccountAccess(id, Role.VENUE_STAFF, new LinkedHashSet<>(venues), Optional.empty(), TokenDigest.ofToken(token));
    }

    public static AccountAccess venueOwner(String id, String token, List<String> venues) {
        return new AccountAccess(id, Role.VENUE_OWNER, new LinkedHashSet<>(venues), Optional.empty(), TokenDigest.ofToken(token));
    }

    /** A ward, district or province official of the area with this code. */
    public static AccountAccess official(String id, Role role, String areaCode, String token) {
        return new AccountAccess(id, role, Set.of(), Optional.of(areaCode), TokenDigest.ofToken(token));
    }

    public Caller.Account caller() {
        return new Caller.Account(id, role, venues, area);
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}
