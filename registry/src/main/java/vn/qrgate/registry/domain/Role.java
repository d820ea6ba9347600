package vn.qrgate.registry.domain;

/** What an account may see. Written in config files in the lower-case form. */
public enum Role {
    /** Staff of the venues listed for the account: masked check-ins of those venues only. */
    VENUE_STAFF("venue-staff"),
    /** Every venue. */
    ADMIN("admin");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }
}
