package vn.qrgate.registry.domain;

import java.util.Objects;
import java.util.Set;

/** Who presented a bearer token: a gateway delivering check-ins, or a person's account reading them. */
public sealed interface Caller permits Caller.Gateway, Caller.Account {

    String id();

    record Gateway(String id) implements Caller {
        public Gateway {
            Objects.requireNonNull(id, "id");
        }
    }

    /** {@code venues} is the staff member's venues; it is empty for the other roles. */
    record Account(String id, Role role, Set<String> venues) implements Caller {

        public Account {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(role, "role");
            venues = Set.copyOf(venues);
            if (!role.takesVenues() && !venues.isEmpty()) {
                throw new IllegalArgumentException("a " + role.configName() + " account takes no venue list");
            }
        }

        public boolean mayRead(String venueId) {
            return role == Role.ADMIN || venues.contains(venueId);
        }
    }
}
