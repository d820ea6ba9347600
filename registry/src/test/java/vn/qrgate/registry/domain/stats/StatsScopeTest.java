package vn.qrgate.registry.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/** Who may read which area's statistics, over the Đà Nẵng hierarchy 48 → 492 → 20227 (and 494 → 20284). */
class StatsScopeTest {

    private static final Map<String, List<String>> ANCESTORS = Map.of(
            "48", List.of(), "492", List.of("48"), "494", List.of("48"),
            "20227", List.of("48", "492"), "20284", List.of("48", "494"), "01", List.of());

    private static Caller.Account official(Role role, String area) {
        return new Caller.Account(role.configName() + "-" + area, role, Set.of(), Optional.of(area));
    }

    private static Caller.Account account(Role role) {
        return new Caller.Account(role.configName(), role, role.takesVenues() ? Set.of("V48-000001") : Set.of());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(official(Role.WARD_OFFICIAL, "20227"), null, "allowed 20227"),
                Arguments.of(official(Role.WARD_OFFICIAL, "20227"), "20227", "allowed 20227"),
                Arguments.of(official(Role.WARD_OFFICIAL, "20227"), "492", "forbidden"),
                Arguments.of(official(Role.WARD_OFFICIAL, "20227"), "20284", "forbidden"),
                Arguments.of(official(Role.DISTRICT_OFFICIAL, "492"), null, "allowed 492"),
                Arguments.of(official(Role.DISTRICT_OFFICIAL, "492"), "20227", "allowed 20227"),
                Arguments.of(official(Role.DISTRICT_OFFICIAL, "492"), "20284", "forbidden"),
                Arguments.of(official(Role.DISTRICT_OFFICIAL, "492"), "494", "forbidden"),
                Arguments.of(official(Role.DISTRICT_OFFICIAL, "492"), "48", "forbidden"),
                Arguments.of(official(Role.PROVINCE_OFFICIAL, "48"), null, "allowed 48"),
                Arguments.of(official(Role.PROVINCE_OFFICIAL, "48"), "494", "allowed 494"),
                Arguments.of(official(Role.PROVINCE_OFFICIAL, "48"), "20284", "allowed 20284"),
                Arguments.of(official(Role.PROVINCE_OFFICIAL, "48"), "01", "forbidden"),
                Arguments.of(account(Role.ADMIN), "01", "allowed 01"),
                Arguments.of(account(Role.ADMIN), null, "area required"),
                Arguments.of(account(Role.HEALTH_TRACER), "20284", "allowed 20284"),
                Arguments.of(account(Role.HEALTH_TRACER), null, "area required"),
                Arguments.of(account(Role.VENUE_STAFF), "48", "forbidden"),
                Arguments.of(account(Role.VENUE_OWNER), null, "forbidden"),
                Arguments.of(new Caller.Gateway("gw-1"), "48", "forbidden"));
    }

    @ParameterizedTest(name = "{0} asking for {1}: {2}")
    @MethodSource("cases")
    void each_caller_reads_only_the_areas_its_role_allows(Caller caller, String requested, String expected) {
        StatsScope.Decision decision = StatsScope.decide(caller, Optional.ofNullable(requested), ANCESTORS::get);

        String outcome = decision instanceof StatsScope.Allowed a ? "allowed " + a.area()
                : decision instanceof StatsScope.AreaRequired ? "area required" : "forbidden";
        assertThat(outcome).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} asking for {1}")
    @MethodSource("cases")
    void a_refusal_says_why_naming_the_role(Caller caller, String requested, String expected) {
        StatsScope.Decision decision = StatsScope.decide(caller, Optional.ofNullable(requested), ANCESTORS::get);

        if (decision instanceof StatsScope.Forbidden f) {
            assertThat(f.why()).containsAnyOf("gateway", caller instanceof Caller.Account a ? a.role().configName() : "gateway");
            if (caller instanceof Caller.Account a && a.role().takesArea()) {
                assertThat(f.why()).contains(a.area().orElseThrow()).contains(requested);
            }
        } else if (decision instanceof StatsScope.AreaRequired r) {
            assertThat(r.why()).contains("?area=");
        }
    }
}
