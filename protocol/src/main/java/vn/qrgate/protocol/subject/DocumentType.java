package vn.qrgate.protocol.subject;

/** What kind of document number identifies a person. */
public enum DocumentType {
    /** 12-digit chip citizen ID. */
    CCCD,
    /** 9-digit old people's ID card. */
    CMND,
    PASSPORT,
    /** Health-insurance card number (10 digits since 2021, 15 characters before). */
    BHYT
}
