package vn.qrgate.gateway.domain;

import java.util.Locale;

/**
 * Why a check-in message was refused (not stored, not acked). A small fixed set, so it can be a metric label:
 * labels never carry ids of people or devices.
 */
public enum RefusalReason {
    /** Not a check-in batch of the contract (JSON, schema or event rules). */
    MALFORMED,
    /** The batch names another device than the topic it came on. */
    TOPIC_MISMATCH,
    /** The device is not in this gateway's {@code devices} list: register it, and its outbox is delivered. */
    UNKNOWN_DEVICE,
    /** An event names another venue than the one the device is registered at. */
    WRONG_VENUE;

    /** The metric label value, e.g. {@code unknown_device}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
