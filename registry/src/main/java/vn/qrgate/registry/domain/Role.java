package vn.qrgate.registry.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an account may see. Written in config files, tokens and the API in the lower-case form. */
public enum Role {
    /** Staff whose phone number a venue's owner authorised: that venue's live list, masked (full where the venue's type allows it). */
    VENUE_STAFF("venue-staff"),
    /** The person who registered the venue: what staff see, and the staff list itself. */
    VENUE_OWNER("venue-owner"),
    /** Local government of one ward (commune): its venues and statistics. */
    WARD_OFFICIAL("ward-official"),
    /** Local government of one district: the district and each ward in it. */
    DISTRICT_OFFICIAL("district-official"),
    /** Local government of one province: everything in it, by district and ward. */
    PROVINCE_OFFICIAL("province-official"),
    /**
     * A health official (DESIGN §7's authorised full view): traces people and venues and sees live lists
     * with full personal data, every query and view audited.
     */
    HEALTH_TRACER("health-tracer"),
    /**
     * A school's, employer's or other organisation's administrator: issues personal QG1 cards to its pupils
     * or workers (one by one or from a list) and revokes them; the organisation is printed on the cards.
     */
    CARD_ISSUER("card-issuer"),
    /** A person holding a QG1 card and nothing more: downloads their own card. Given by login, never configured. */
    CITIZEN("citizen"),
    /** Every venue and area; registers gateways, reads the audit log. */
    ADMIN("admin");

    private final String configName;

    Role(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    /** Staff and owners are tied to their venues; the other roles take no venue list. */
    public boolean takesVenues() {
        return this == VENUE_STAFF || this == VENUE_OWNER;
    }

    /** Officials are tied to one area; the other roles take none. */
    public boolean takesArea() {
        return this == WARD_OFFICIAL || this == DISTRICT_OFFICIAL || this == PROVINCE_OFFICIAL;
    }

    /** Ward officials for their residents, card issuers for their organisation, admins for anyone. */
    public boolean mayIssueCards() {
        return this == ADMIN || this == WARD_OFFICIAL || this == CARD_ISSUER;
    }

    public boolean mayTrace() {
        return this == ADMIN || this == HEALTH_TRACER;
    }

    public static Optional<Role> fromConfigName(String name) {
        return Arrays.stream(values()).filter(r -> r.configName.equals(name)).findFirst();
    }

    /** The roles a config file, a script token or an admin may give; a citizen's comes from holding a card. */
    public static java.util.List<Role> configurable() {
        return Arrays.stream(values()).filter(r -> r != CITIZEN).toList();
    }

    /** Every configurable role's config name, comma-separated, for error messages. */
    public static String allowed() {
        return configurable().stream().map(Role::configName).collect(Collectors.joining(", "));
    }
}
