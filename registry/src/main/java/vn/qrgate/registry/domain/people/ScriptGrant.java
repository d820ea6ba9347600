package vn.qrgate.registry.domain.people;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/** What a token made for a script may do: the same as an account of that role, area and venues. */
public record ScriptGrant(Role role, Optional<String> area, Set<String> venues) {

    public ScriptGrant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(area, "area");
        venues = Set.copyOf(venues);
        if (role.takesArea() != area.isPresent()) {
            throw new IllegalArgumentException("a " + role.configName() + " token " + (role.takesArea()
                    ? "needs an area" : "takes no area"));
        }
        if (role.takesVenues() == venues.isEmpty()) {
            throw new IllegalArgumentException("a " + role.configName() + " token " + (role.takesVenues()
                    ? "needs at least one venue" : "takes no venues"));
        }
    }

    public Caller.Account caller(long tokenId) {
        return new Caller.Account("token-" + tokenId, role, venues, area);
    }
}
