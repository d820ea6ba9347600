package vn.qrgate.registry.adapter.http;

import java.util.Optional;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.CardStore;

/**
 * Whose name a card carries as issuer: a card issuer's organisation, a ward official's People's Committee
 * (UBND + the ward's name), otherwise the registry's own name from the config.
 */
public final class IssuerLabels {

    private final CardStore cards;
    private final AreaStore areas;
    private final String registryName;

    public IssuerLabels(CardStore cards, AreaStore areas, String registryName) {
        this.cards = cards;
        this.areas = areas;
        this.registryName = registryName;
    }

    public Issuer of(Caller.Account account) {
        Optional<String> organisation = Guard.personId(account).flatMap(cards::organisation);
        if (organisation.isPresent()) {
            return new Issuer(account.id(), organisation.get());
        }
        if (account.role() == Role.WARD_OFFICIAL && account.area().isPresent()) {
            Optional<String> ward = areas.byCode(account.area().get()).map(a -> "UBND " + a.name());
            if (ward.isPresent()) {
                return new Issuer(account.id(), ward.get());
            }
        }
        return new Issuer(account.id(), registryName);
    }
}
