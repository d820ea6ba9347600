package vn.qrgate.registry.domain.stats;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/**
 * Whose statistics a caller may read: an official those of their own area and the areas under it;
 * admins and health tracers any area (they must name it); venue staff, owners and gateways none.
 */
public final class StatsScope {

    /** The outcome: the area to report on, or why not. */
    public sealed interface Decision permits Allowed, AreaRequired, Forbidden {
    }

    public record Allowed(String area) implements Decision {
    }

    /** The caller has no area of their own and named none. */
    public record AreaRequired(String why) implements Decision {
    }

    public record Forbidden(String why) implements Decision {
    }

    private StatsScope() {
    }

    /**
     * @param requested the area asked for, empty for "my own"
     * @param ancestorsOf the codes above an area, top first (only asked about {@code requested})
     */
    public static Decision decide(Caller caller, Optional<String> requested, Function<String, List<String>> ancestorsOf) {
        if (!(caller instanceof Caller.Account account)) {
            return new Forbidden("a gateway's token may deliver check-ins but not read statistics; "
                    + "use an official's, a health tracer's or an admin's account");
        }
        Role role = account.role();
        if (role == Role.ADMIN || role == Role.HEALTH_TRACER) {
            return requested.<Decision>map(Allowed::new).orElseGet(() -> new AreaRequired("account " + account.id()
                    + " has role " + role.configName() + " and no area of its own: name one with ?area=CODE"));
        }
        if (!role.takesArea()) {
            return new Forbidden("account " + account.id() + " has role " + role.configName()
                    + "; statistics are for officials (of their own area), health tracers and admins");
        }
        String own = account.area().orElseThrow();
        String target = requested.orElse(own);
        if (target.equals(own) || ancestorsOf.apply(target).contains(own)) {
            return new Allowed(target);
        }
        return new Forbidden("account " + account.id() + " is a " + role.configName() + " of area " + own
                + "; area " + target + " is not " + own + " or an area under it");
    }
}
