package vn.qrgate.protocol.code;

/** Stable rejection reasons (contract: DESIGN §3). Their names travel in events and logs unchanged. */
public enum Reason {
    MALFORMED,
    NOT_UTF8,
    TOO_LONG,
    UNSUPPORTED,
    BAD_ID_NUMBER,
    UNKNOWN_PROVINCE,
    BIRTH_MISMATCH,
    SEX_MISMATCH,
    BAD_DATE,
    FUTURE_DATE,
    BAD_SIGNATURE,
    UNKNOWN_KEY,
    EXPIRED,
    NOT_YET_VALID,
    REVOKED,
    DENYLISTED,
    DUPLICATE
}
