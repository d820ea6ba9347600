package vn.qrgate.registry.port;

/**
 * The two lists every gate needs to judge QG1 codes offline, as the JSON readers parse (DESIGN §3):
 * the trust list (a JWK Set) and the revocation list. Made fresh at every call.
 */
public interface GateLists {

    String trustList();

    String revocationList();
}
