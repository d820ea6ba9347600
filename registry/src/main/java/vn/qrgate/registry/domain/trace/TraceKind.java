package vn.qrgate.registry.domain.trace;

/** Which tracing question was asked; written in the audit log in this form. */
public enum TraceKind {
    /** Visits of one person, by document number. */
    PERSON,
    /** Everyone present at one venue. */
    VENUE,
    /** A venue's live list opened or read in the full (unmasked) view; the window is the list's day. */
    FULL_VIEW,
    /** A full view of a venue's live list that was asked for and refused; rows are always 0. */
    FULL_VIEW_REFUSED,
    /** A QG1 card signed for a person; the target is the card's id. */
    CARD_ISSUED,
    /** A QG1 card's printable file handed out, to its issuer or its holder; the target is the card's id. */
    CARD_DOWNLOADED,
    /** A QG1 card revoked by hand; the target is the card's id. */
    CARD_REVOKED
}
