package vn.qrgate.protocol.code;

/** Warnings that travel with an accepted code (contract: DESIGN §3). */
public enum Warning {
    /** A BHYT card past its validity still identifies its holder. */
    CARD_EXPIRED,
    /** The trust list used to verify a QG1 code is older than the configured age. */
    TRUST_LIST_STALE
}
