package vn.qrgate.registry.domain.trace;

/** Which tracing question was asked; written in the audit log in this form. */
public enum TraceKind {
    /** Visits of one person, by document number. */
    PERSON,
    /** Everyone present at one venue. */
    VENUE
}
