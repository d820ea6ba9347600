package vn.qrgate.registry.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;

/** A person's account: an admin (every venue), venue staff (their venues) or a health tracer (tracing only). */
public record AccountAccess(String id, Role role, Set<String> venues, TokenDigest token) {

    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._@-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public AccountAccess {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("account id must match " + ID_PATTERN);
        }
        Objects.requireNonNull(role, "role");
        venues = Set.copyOf(new LinkedHashSet<>(venues));
        Objects.requireNonNull(token, "token");
        if (role == Role.VENUE_STAFF && venues.isEmpty()) {
            throw new IllegalArgumentException("a venue-staff account needs at least one venue");
        }
        if (!role.takesVenues() && !venues.isEmpty()) {
            throw new IllegalArgumentException("a " + role.configName() + " account takes no venue list");
        }
    }

    public static AccountAccess admin(String id, String token) {
        return new AccountAccess(id, Role.ADMIN, Set.of(), TokenDigest.ofToken(token));
    }

    public static AccountAccess healthTracer(String id, String token) {
        return new AccountAccess(id, Role.HEALTH_TRACER, Set.of(), TokenDigest.ofToken(token));
    }

    public static AccountAccess venueStaff(String id, String token, List<String> venues) {
        return new AccountAccess(id, Role.VENUE_STAFF, new LinkedHashSet<>(venues), TokenDigest.ofToken(token));
    }

    public Caller.Account caller() {
        return new Caller.Account(id, role, venues);
    }

    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }
}
