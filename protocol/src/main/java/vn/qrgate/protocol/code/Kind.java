package vn.qrgate.protocol.code;

/** The kinds of code a reader recognises (contract: DESIGN §3). */
public enum Kind {
    CCCD,
    PCCOVID,
    BHYT,
    QG1,
    /**
     * No code at all: the person typed their details into the venue's self check-in form. Carries no
     * birth date, since the form does not ask for one.
     */
    SELF_DECLARED,
    /** Not recognisable as any known code, or rejected before it could be classified. */
    UNKNOWN
}
