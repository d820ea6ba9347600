package vn.qrgate.registry.domain.access;

import java.util.Objects;
import java.util.Set;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/**
 * Who may do what where, for the venue and people endpoints. {@code owned} are the venues the account
 * owns among its venues: an owner who also staffs another venue manages the staff of its own only.
 * Pure: the caller looks up the place and the ownership, this only decides.
 */
public final class Access {

    private final Caller.Account account;
    private final Set<String> owned;

    private Access(Caller.Account account, Set<String> owned) {
        this.account = Objects.requireNonNull(account, "account");
        this.owned = Set.copyOf(owned);
    }

    public static Access of(Caller.Account account, Set<String> ownedVenues) {
        return new Access(account, ownedVenues);
    }

    public Role role() {
        return account.role();
    }

    public boolean isAdmin() {
        return account.role() == Role.ADMIN;
    }

    /** Every venue for admins and tracers; an official's area, at any depth; a member's own venues. */
    public boolean maySee(Place place) {
        return switch (account.role()) {
            case ADMIN, HEALTH_TRACER -> true;
            case WARD_OFFICIAL, DISTRICT_OFFICIAL, PROVINCE_OFFICIAL -> officialOf(place);
            case VENUE_STAFF, VENUE_OWNER -> place.venueCode().map(account.venues()::contains).orElse(false);
            case CARD_ISSUER, CITIZEN -> false;
        };
    }

    /** Admins anywhere; officials within their area. {@code place} is where the new venue is. */
    public boolean mayRegisterVenueAt(Place place) {
        return isAdmin() || officialOf(place);
    }

    /** Admins, and the owner of this very venue. */
    public boolean mayManageStaffOf(Place place) {
        return isAdmin() || ownerOf(place);
    }

    /** Admins, officials of the venue's area, and the owner of this very venue. */
    public boolean mayAssignDevicesTo(Place place) {
        return isAdmin() || officialOf(place) || ownerOf(place);
    }

    /** Registering gateways and accounts, and other system-wide settings. */
    public boolean mayAdminister() {
        return isAdmin();
    }

    private boolean officialOf(Place place) {
        return account.role().takesArea() && account.area().map(place::isWithin).orElse(false);
    }

    private boolean ownerOf(Place place) {
        return account.role() == Role.VENUE_OWNER && place.venueCode().map(owned::contains).orElse(false);
    }
}
