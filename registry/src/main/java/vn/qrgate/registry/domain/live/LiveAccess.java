package vn.qrgate.registry.domain.live;

import java.util.Objects;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/**
 * Who may watch a venue's live list, and in which view. Admins and health tracers see any venue,
 * masked or in full; staff and owners see their own venues masked, and in full only when the venue's
 * type allows it (DESIGN §7); officials get statistics, never people.
 */
public sealed interface LiveAccess permits LiveAccess.Granted, LiveAccess.Refused {

    record Granted(LiveView view) implements LiveAccess {
        public Granted {
            Objects.requireNonNull(view, "view");
        }
    }

    /** {@code why} is meant for the caller: it names the account and the venue, never a person. */
    record Refused(String why) implements LiveAccess {
        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }

    static LiveAccess decide(Caller caller, LiveVenue venue, LiveView asked) {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(asked, "asked");
        if (!(caller instanceof Caller.Account account)) {
            return new Refused("a gateway's token may deliver check-ins but not read them; use an account's token");
        }
        Role role = account.role();
        if (role == Role.ADMIN || role == Role.HEALTH_TRACER) {
            return new Granted(asked);
        }
        if (!role.takesVenues()) {
            return new Refused("account " + account.id() + " (" + role.configName()
                    + ") sees statistics only, not the people at a venue");
        }
        if (!account.venues().contains(venue.code())) {
            return new Refused("account " + account.id() + " is not staff of venue " + venue.code());
        }
        if (asked == LiveView.FULL && venue.type().filter(t -> t.fullViewAllowed()).isEmpty()) {
            return new Refused("account " + account.id() + " may not have the full view: it is only for staff of "
                    + "venues whose type allows it (hospitals, checkpoints); venue " + venue.code() + " is "
                    + venue.type().map(t -> "of type " + t.wireName()).orElse("a configured venue without a type")
                    + "; use the masked view");
        }
        return new Granted(asked);
    }
}
