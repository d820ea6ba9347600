package vn.qrgate.registry.domain.people;

import java.util.Objects;
import java.util.Optional;
import vn.qrgate.registry.domain.Role;

/**
 * Someone known by phone. {@code role} is an admin's, health tracer's or official's (with {@code area});
 * empty for a venue owner or staff member, whose venues are their memberships.
 */
public record Person(long id, PhoneNumber phone, Optional<Role> role, Optional<String> area) {

    public Person {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(area, "area");
        role.ifPresent(r -> {
            if (r.takesVenues()) {
                throw new IllegalArgumentException("a " + r.configName() + " is a venue membership, not a person's role");
            }
        });
        if (role.map(Role::takesArea).orElse(false) != area.isPresent()) {
            throw new IllegalArgumentException("an area goes with an official's role and only with it");
        }
    }

    /** The id an account is known by in logs, audit entries and the API: never the phone. */
    public String accountId() {
        return accountId(id);
    }

    public static String accountId(long personId) {
        return "person-" + personId;
    }
}
