package vn.qrgate.registry.domain.trace;

/** How a presence's end was found. */
public enum Ending {
    /** The person's next OUT scan at the venue. */
    OUT,
    /** No OUT scan: the presence lasts the configured dwell time after the last IN. */
    DWELL,
    /** An OUT scan with no IN before it: a moment at the OUT's time (the IN may predate what was read). */
    OUT_WITHOUT_IN
}
