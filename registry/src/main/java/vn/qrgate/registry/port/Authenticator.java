package vn.qrgate.registry.port;

import java.util.Optional;
import vn.qrgate.registry.domain.Caller;

/**
 * Whose bearer token this is: a gateway's or an account's, from the config or from the store (login
 * sessions, tokens made by {@code qrgate-registry token}, gateways registered in the console). An
 * expired or revoked token is nobody's.
 */
public interface Authenticator {

    Optional<Caller> identify(String presentedToken);
}
