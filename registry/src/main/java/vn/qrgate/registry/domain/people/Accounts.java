package vn.qrgate.registry.domain.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/**
 * Who a logged-in person is now, from their role and their current memberships: built at every
 * request, so a staff member removed by the owner loses the venue at once.
 */
public final class Accounts {

    private Accounts() {
    }

    /**
     * A person's own role wins (an admin who also staffs a venue is an admin). Otherwise an owner of any
     * venue is a venue owner with all their venues, owned and staffed; a member of any is staff; a person
     * with neither is a citizen when they hold a QG1 card (to download it), otherwise nobody and cannot log in.
     */
    public static Optional<Caller.Account> caller(Person person, List<Membership> memberships, boolean holdsCard) {
        Optional<Caller.Account> account = caller(person, memberships);
        if (account.isEmpty() && holdsCard) {
            return Optional.of(new Caller.Account(person.accountId(), Role.CITIZEN, Set.of(), Optional.empty()));
        }
        return account;
    }

    /** As {@link #caller(Person, List, boolean)} for a person holding no card. */
    public static Optional<Caller.Account> caller(Person person, List<Membership> memberships) {
        if (person.role().isPresent()) {
            return Optional.of(new Caller.Account(person.accountId(), person.role().get(), Set.of(), person.area()));
        }
        if (memberships.isEmpty()) {
            return Optional.empty();
        }
        Set<String> venues = new LinkedHashSet<>();
        memberships.forEach(m -> venues.add(m.venue().value()));
        Role role = memberships.stream().anyMatch(Membership::owner) ? Role.VENUE_OWNER : Role.VENUE_STAFF;
        return Optional.of(new Caller.Account(person.accountId(), role, venues, Optional.empty()));
    }

    /** The venues among {@code memberships} the person owns. */
    public static Set<String> owned(List<Membership> memberships) {
        Set<String> owned = new LinkedHashSet<>();
        memberships.stream().filter(Membership::owner).forEach(m -> owned.add(m.venue().value()));
        return owned;
    }
}
