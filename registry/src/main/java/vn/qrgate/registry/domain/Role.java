package vn.qrgate.registry.domain;

/** What an account may see. Written in config files in the lower-case form. */
public enum Role {
    /** Staff of the venues listed for the account: masked check-ins of those venues only. */
    VENUE_STAFF("venue-staff"),
    /** Every venue; may also trace and read the audit log. */
    ADMIN("admin"),
    /**
     * A health official (DESIGN §7's authorised full view): traces people and venues with full personal
     * data, every query audited. Lists no check-ins of venues otherwise.
     */
    HEALTH_TRACER("health-tracer");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Venue staff are tied to their venues; the other roles take no venue list. */
    public boolean takesVenues() {
        return this == VENUE_STAFF;
    }

    public boolean mayTrace() {
        return this == ADMIN || this == HEALTH_TRACER;
    }
}
