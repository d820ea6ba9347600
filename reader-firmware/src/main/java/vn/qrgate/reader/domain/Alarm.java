package vn.qrgate.reader.domain;

/** Conditions a technician must be told about: on the status LED, the status topic and the log. */
public enum Alarm {
    /** The outbox passed its warning threshold; the gate still works. */
    OUTBOX_NEARLY_FULL,
    /** The outbox reached its capacity (or the disk its floor): the configured policy applies. */
    OUTBOX_FULL,
    /** No contact with the gateway for longer than configured. */
    BROKER_UNREACHABLE,
    /** A reader input is gone (unplugged) and has not come back yet. */
    INPUT_LOST,
    /**
     * The broker refused check-ins (PUBACK reason code 0x80 or above, e.g. 0x87 not authorised: the
     * broker's user or ACL does not match this device id). The events stay in the outbox.
     */
    PUBLISH_REFUSED
}
