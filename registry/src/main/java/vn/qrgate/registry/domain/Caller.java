package vn.qrgate.registry.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Who presented a bearer token: a gateway delivering check-ins, or a person's account reading them. */
public sealed interface Caller permits Caller.Gateway, Caller.Account {

    String id();

    record Gateway(String id) implements Caller {
        public Gateway {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * {@code venues} are the venue ids of a staff member or owner, empty for the other roles; {@code area}
     * is an official's area code, empty for the other roles. Where a venue or an area lies is the access
     * layer's to look up: this record only says what the account was given.
     */
    record Account(String id, Role role, Set<String> venues, Optional<String> area) implements Caller {

        public Account {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            venues = Set.copyOf(venues);
            Objects.requireNonNull(area, "area");
            if (!role.takesVenues() && !venues.isEmpty()) {
                throw new IllegalArgumentException("a " + role.configName() + " account takes no venue list");
            }
            if (role.takesArea() != area.isPresent()) {
                throw new IllegalArgumentException("a " + role.configName() + " account "
                        + (role.takesArea() ? "needs an area" : "takes no area"));
            }
        }

        public Account(String id, Role role, Set<String> venues) {
            this(id, role, venues, Optional.empty());
        }

        /** Whether the account was given this venue by id (staff, owner) or sees every venue (admin). */
        public boolean mayRead(String venueId) {
            return role == Role.ADMIN || venues.contains(venueId);
        }
    }
}
