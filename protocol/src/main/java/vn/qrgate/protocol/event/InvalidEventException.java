package vn.qrgate.protocol.event;

/**
 * An event, batch or message that breaks a rule of the contract. The message names the field and the
 * rule, never a value of the subject, so it is safe to log.
 */
public class InvalidEventException extends IllegalArgumentException {

    private final String field;
    private final String rule;

    public InvalidEventException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
        this.rule = rule;
    }

    /** The offending field, e.g. {@code subject} or {@code events[2].device}. */
    public String field() {
        return field;
    }

    /** What the field must be, e.g. {@code is required when decision is ACCEPTED}. */
    public String rule() {
        return rule;
    }
}
