package vn.qrgate.registry.domain.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.venue.VenueType;

class LiveAccessTest {

    private static final LiveVenue HOSPITAL = new LiveVenue("V48-000001", "Bệnh viện C", Optional.of(VenueType.HOSPITAL));
    private static final LiveVenue MARKET = new LiveVenue("V48-000002", "Chợ Hàn", Optional.of(VenueType.MARKET));
    private static final LiveVenue CONFIGURED = new LiveVenue("v-hanoi-0001", "Chợ Đồng Xuân", Optional.empty());

    private static final Caller ADMIN = new Caller.Account("admin", Role.ADMIN, Set.of());
    private static final Caller TRACER = new Caller.Account("tracer", Role.HEALTH_TRACER, Set.of());
    private static final Caller GATEWAY = new Caller.Gateway("gw-1");
    private static final Caller OFFICIAL = new Caller.Account("ward", Role.WARD_OFFICIAL, Set.of(), Optional.of("20194"));
    private static final Caller PROVINCE = new Caller.Account("prov", Role.PROVINCE_OFFICIAL, Set.of(), Optional.of("48"));

    private static Caller staff(LiveVenue venue) {
        return new Caller.Account("staff", Role.VENUE_STAFF, Set.of(venue.code()));
    }

    private static Caller owner(LiveVenue venue) {
        return new Caller.Account("owner", Role.VENUE_OWNER, Set.of(venue.code()));
    }

    static Stream<Arguments> table() {
        LiveView m = LiveView.MASKED;
        LiveView f = LiveView.FULL;
        return Stream.of(
                // caller, venue, asked, granted view (null = refused)
                Arguments.of("admin masked", ADMIN, MARKET, m, m),
                Arguments.of("admin full at a market", ADMIN, MARKET, f, f),
                Arguments.of("admin full at a configured venue", ADMIN, CONFIGURED, f, f),
                Arguments.of("tracer full at a market", TRACER, MARKET, f, f),
                Arguments.of("tracer masked", TRACER, HOSPITAL, m, m),
                Arguments.of("hospital staff full", staff(HOSPITAL), HOSPITAL, f, f),
                Arguments.of("hospital owner full", owner(HOSPITAL), HOSPITAL, f, f),
                Arguments.of("hospital staff masked", staff(HOSPITAL), HOSPITAL, m, m),
                Arguments.of("market staff masked", staff(MARKET), MARKET, m, m),
                Arguments.of("market staff full", staff(MARKET), MARKET, f, null),
                Arguments.of("market owner full", owner(MARKET), MARKET, f, null),
                Arguments.of("configured venue staff full", staff(CONFIGURED), CONFIGURED, f, null),
                Arguments.of("configured venue staff masked", staff(CONFIGURED), CONFIGURED, m, m),
                Arguments.of("staff of another venue masked", staff(MARKET), HOSPITAL, m, null),
                Arguments.of("staff of another venue full", staff(MARKET), HOSPITAL, f, null),
                Arguments.of("ward official masked", OFFICIAL, MARKET, m, null),
                Arguments.of("province official full", PROVINCE, HOSPITAL, f, null),
                Arguments.of("gateway", GATEWAY, MARKET, m, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void who_sees_which_view(String row, Caller caller, LiveVenue venue, LiveView asked, LiveView granted) {
        LiveAccess access = LiveAccess.decide(caller, venue, asked);

        if (granted == null) {
            assertThat(access).isInstanceOf(LiveAccess.Refused.class);
            assertThat(((LiveAccess.Refused) access).why()).isNotBlank();
        } else {
            assertThat(access).isEqualTo(new LiveAccess.Granted(granted));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void a_refusal_says_why_in_terms_of_the_account_and_venue(String row, Caller caller, LiveVenue venue,
            LiveView asked, LiveView granted) {
        if (LiveAccess.decide(caller, venue, asked) instanceof LiveAccess.Refused refused && caller instanceof Caller.Account) {
            assertThat(refused.why()).contains(caller.id());
        }
    }
}
