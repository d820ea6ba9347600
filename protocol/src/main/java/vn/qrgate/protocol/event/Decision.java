package vn.qrgate.protocol.event;

/** What the reader did at the gate. */
public enum Decision {
    ACCEPTED,
    REJECTED
}
