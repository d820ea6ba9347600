package vn.qrgate.registry.app;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Credentials;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.Accounts;
import vn.qrgate.registry.domain.people.Membership;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.Authenticator;

/**
 * The config's tokens first, then the store's: login sessions, script tokens, registered gateways. A
 * session's account is rebuilt from the person's current role and memberships at every request.
 */
final class AccountAuthenticator implements Authenticator {

    private final Credentials config;
    private final AccountStore accounts;
    private final Clock clock;
    private final Predicate<PhoneNumber> holdsCard;

    AccountAuthenticator(Credentials config, AccountStore accounts, Clock clock, Predicate<PhoneNumber> holdsCard) {
        this.config = Objects.requireNonNull(config, "config");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.holdsCard = Objects.requireNonNull(holdsCard, "holdsCard");
    }

    @Override
    public Optional<Caller> identify(String presentedToken) {
        Optional<Caller> configured = config.identify(presentedToken);
        if (configured.isPresent() || !TokenDigest.isAcceptableToken(presentedToken)) {
            return configured;
        }
        TokenDigest digest = TokenDigest.ofPresented(presentedToken);
        Optional<Caller> session = accounts.sessionPerson(digest, clock.instant())
                .flatMap(accounts::person)
                .flatMap(p -> {
                    List<Membership> memberships = accounts.membershipsOf(p.id());
                    // Only a person with nothing else to be is a citizen: the card lookup is skipped for everyone else.
                    return Accounts.caller(p, memberships,
                            p.role().isEmpty() && memberships.isEmpty() && holdsCard.test(p.phone()));
                });
        if (session.isPresent()) {
            return session;
        }
        Optional<Caller> script = accounts.scriptToken(digest, clock.instant()).map(t -> t.grant().caller(t.id()));
        if (script.isPresent()) {
            return script;
        }
        return accounts.gatewayOf(digest).map(Caller.Gateway::new);
    }
}
