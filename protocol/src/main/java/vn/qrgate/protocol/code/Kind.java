package vn.qrgate.protocol.code;

/** The kinds of code a reader recognises (contract: DESIGN §3). */
public enum Kind {
    CCCD,
    PCCOVID,
    BHYT,
    QG1,
    /** Not recognisable as any known code, or rejected before it could be classified. */
    UNKNOWN
}
