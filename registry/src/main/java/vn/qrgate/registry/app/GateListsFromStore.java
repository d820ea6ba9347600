package vn.qrgate.registry.app;

import java.time.Clock;
import vn.qrgate.registry.adapter.keys.Qg1Codes;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.domain.keys.KeyRing;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.GateLists;
import vn.qrgate.registry.port.SigningKeyStore;

/** The gate lists from the key file (read again each time: {@code keys rotate} may have changed it) and the cards. */
final class GateListsFromStore implements GateLists {

    private final SigningKeyStore keys;
    private final CardStore cards;
    private final Clock clock;

    GateListsFromStore(SigningKeyStore keys, CardStore cards, Clock clock) {
        this.keys = keys;
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public String trustList() {
        return Qg1Codes.trustList(keys.ring().forGates(clock.instant(), Defaults.LONGEST_QG1_VALIDITY));
    }

    @Override
    public String revocationList() {
        KeyRing ring = keys.ring();
        return Qg1Codes.revocationList(cards.revocationSalt(), ring.revokedIds(), cards.revocations(clock.instant()));
    }
}
