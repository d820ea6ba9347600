package vn.qrgate.registry.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/**
 * The access table. Venue HAN is in ward 20236 of district 492 of province 48; venue BEACH in ward
 * 20284 of district 494. The owner owns HAN and staffs BEACH.
 */
class AccessTest {

    private static final Place HAN = Place.venue("V48-000001", List.of("20236", "492", "48"));
    private static final Place BEACH = Place.venue("V48-000002", List.of("20284", "494", "48"));
    private static final Place OTHER_PROVINCE = Place.venue("V01-000001", List.of("00001", "001", "01"));

    private static Access who(String who) {
        return switch (who) {
            case "admin" -> Access.of(new Caller.Account("a", Role.ADMIN, Set.of()), Set.of());
            case "tracer" -> Access.of(new Caller.Account("t", Role.HEALTH_TRACER, Set.of()), Set.of());
            case "province-48" -> official(Role.PROVINCE_OFFICIAL, "48");
            case "district-492" -> official(Role.DISTRICT_OFFICIAL, "492");
            case "ward-20236" -> official(Role.WARD_OFFICIAL, "20236");
            case "ward-20284" -> official(Role.WARD_OFFICIAL, "20284");
            case "owner-of-han" -> Access.of(new Caller.Account("o", Role.VENUE_OWNER,
                    Set.of("V48-000001", "V48-000002")), Set.of("V48-000001"));
            case "staff-of-han" -> Access.of(new Caller.Account("s", Role.VENUE_STAFF, Set.of("V48-000001")), Set.of());
            default -> throw new IllegalArgumentException(who);
        };
    }

    private static Access official(Role role, String area) {
        return Access.of(new Caller.Account("x", role, Set.of(), Optional.of(area)), Set.of());
    }

    private static Place place(String name) {
        return switch (name) {
            case "HAN" -> HAN;
            case "BEACH" -> BEACH;
            case "OTHER" -> OTHER_PROVINCE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} at {1}: see {2}, register {3}, staff {4}, devices {5}")
    @CsvSource({
        // who,          where, see,   register, staff, devices
        "admin,          HAN,   true,  true,     true,  true",
        "admin,          OTHER, true,  true,     true,  true",
        "tracer,         HAN,   true,  false,    false, false",
        "tracer,         OTHER, true,  false,    false, false",
        "province-48,    HAN,   true,  true,     false, true",
        "province-48,    BEACH, true,  true,     false, true",
        "province-48,    OTHER, false, false,    false, false",
        "district-492,   HAN,   true,  true,     false, true",
        "district-492,   BEACH, false, false,    false, false",
        "ward-20236,     HAN,   true,  true,     false, true",
        "ward-20284,     HAN,   false, false,    false, false",
        "owner-of-han,   HAN,   true,  false,    true,  true",
        "owner-of-han,   BEACH, true,  false,    false, false",
        "owner-of-han,   OTHER, false, false,    false, false",
        "staff-of-han,   HAN,   true,  false,    false, false",
        "staff-of-han,   BEACH, false, false,    false, false"})
    void the_access_table(String who, String where, boolean see, boolean register, boolean staff, boolean devices) {
        Access access = who(who);
        Place place = place(where);

        assertThat(access.maySee(place)).as("see").isEqualTo(see);
        assertThat(access.mayRegisterVenueAt(place)).as("register").isEqualTo(register);
        assertThat(access.mayManageStaffOf(place)).as("manage staff").isEqualTo(staff);
        assertThat(access.mayAssignDevicesTo(place)).as("assign devices").isEqualTo(devices);
    }

    @ParameterizedTest
    @CsvSource({"admin, true", "tracer, false", "province-48, false", "owner-of-han, false", "staff-of-han, false"})
    void only_admins_administer_gateways_and_accounts(String who, boolean allowed) {
        assertThat(who(who).mayAdminister()).isEqualTo(allowed);
    }
}
