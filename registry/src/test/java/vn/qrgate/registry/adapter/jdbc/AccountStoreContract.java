package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.people.Membership;
import vn.qrgate.registry.domain.people.Person;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.people.RegisteredGateway;
import vn.qrgate.registry.domain.people.ScriptGrant;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.Directory;
import vn.qrgate.registry.port.GatewayExistsException;
import vn.qrgate.registry.port.UnknownVenueException;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.ManualClock;

/** What every account store must do; run against SQLite and PostgreSQL. */
abstract class AccountStoreContract {

    private static final PhoneNumber ANH = PhoneNumber.parse("0905123456");
    private static final PhoneNumber BINH = PhoneNumber.parse("0912000111");
    private static final TokenDigest TOKEN = TokenDigest.ofToken("a-session-token-0123456789");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T05:00:00.123456Z"));
    private JdbcStores stores;
    protected AccountStore store;
    private Directory directory;
    private Venue han;
    private Venue beach;

    protected abstract StoreConfig config() throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        stores = JdbcStores.open(config(), clock);
        stores.areas().replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        han = stores.venues().register(new VenueRegistration("Chợ Hàn", VenueType.MARKET, "119 Trần Phú", "20236"));
        beach = stores.venues().register(new VenueRegistration("Quán Bé Mặn", VenueType.RESTAURANT, "Võ Nguyên Giáp", "20284"));
        store = stores.accounts();
        directory = stores.directory();
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
        dropStore();
    }

    @Test
    void a_role_given_to_a_phone_reads_back_and_replaces_the_one_before() {
        Person official = store.putRole(ANH, Role.WARD_OFFICIAL, Optional.of("20236"));
        Person admin = store.putRole(ANH, Role.ADMIN, Optional.empty());

        assertThat(admin.id()).isEqualTo(official.id());
        assertThat(store.person(ANH)).contains(admin);
        assertThat(store.person(admin.id())).contains(admin);
        assertThat(store.withRoles()).containsExactly(admin);
        assertThat(store.isKnown(ANH)).isTrue();
        assertThat(store.isKnown(BINH)).isFalse();
    }

    @Test
    void taking_a_role_away_makes_the_phone_unknown_unless_it_has_a_venue() {
        store.putRole(ANH, Role.HEALTH_TRACER, Optional.empty());
        store.putRole(BINH, Role.HEALTH_TRACER, Optional.empty());
        store.addMember(han.code(), BINH, false);

        assertThat(store.removeRole(ANH)).isTrue();
        assertThat(store.removeRole(ANH)).isFalse();
        assertThat(store.removeRole(BINH)).isTrue();

        assertThat(store.isKnown(ANH)).isFalse();
        assertThat(store.isKnown(BINH)).isTrue();
        assertThat(store.withRoles()).isEmpty();
    }

    @Test
    void owners_and_staff_are_members_and_adding_an_owner_as_staff_leaves_them_owner() {
        Membership owner = store.addMember(han.code(), ANH, true);
        clock.advance(Duration.ofMinutes(1));
        store.addMember(han.code(), BINH, false);
        store.addMember(han.code(), ANH, false);
        store.addMember(beach.code(), ANH, false);

        assertThat(owner).isEqualTo(new Membership(han.code(), ANH, true, clock.instant().minus(Duration.ofMinutes(1))));
        assertThat(store.membersOf(han.code())).extracting(Membership::phone, Membership::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ANH, true), org.assertj.core.groups.Tuple.tuple(BINH, false));
        long anh = store.person(ANH).orElseThrow().id();
        assertThat(store.membershipsOf(anh)).extracting(m -> m.venue().value(), Membership::owner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(han.code().value(), true),
                        org.assertj.core.groups.Tuple.tuple(beach.code().value(), false));
        assertThat(store.person(ANH).orElseThrow().role()).isEmpty();
    }

    @Test
    void removing_staff_never_removes_the_owner() {
        store.addMember(han.code(), ANH, true);
        store.addMember(han.code(), BINH, false);

        assertThat(store.removeStaff(han.code(), ANH)).isFalse();
        assertThat(store.removeStaff(han.code(), BINH)).isTrue();
        assertThat(store.removeStaff(han.code(), BINH)).isFalse();

        assertThat(store.membersOf(han.code())).extracting(Membership::phone).containsExactly(ANH);
    }

    @Test
    void a_member_of_an_unregistered_venue_is_refused_and_nobody_is_created() {
        assertThatThrownBy(() -> store.addMember(VenueCode.of("V48-000999"), ANH, true))
                .isInstanceOf(UnknownVenueException.class);

        assertThat(store.person(ANH)).isEmpty();
    }

    @Test
    void a_session_names_its_person_until_it_expires_or_is_deleted() {
        long id = store.putRole(ANH, Role.ADMIN, Optional.empty()).id();
        Instant expires = clock.instant().plus(Duration.ofHours(12));
        store.createSession(TOKEN, id, expires);

        assertThat(store.sessionPerson(TOKEN, expires.minusMillis(1))).contains(id);
        assertThat(store.sessionPerson(TOKEN, expires)).isEmpty();
        assertThat(store.sessionPerson(TokenDigest.ofToken("another-token-0123456789"), clock.instant())).isEmpty();

        store.deleteSession(TOKEN);
        assertThat(store.sessionPerson(TOKEN, clock.instant())).isEmpty();
    }

    @Test
    void a_script_token_keeps_its_grant_until_it_expires() {
        ScriptGrant grant = new ScriptGrant(Role.VENUE_STAFF, Optional.empty(), Set.of(han.code().value(), "v-config-1"));
        Instant expires = clock.instant().plus(Duration.ofDays(30));
        long id = store.createScriptToken(TOKEN, grant, expires);
        ScriptGrant official = new ScriptGrant(Role.DISTRICT_OFFICIAL, Optional.of("492"), Set.of());
        TokenDigest second = TokenDigest.ofToken("second-script-token-0123456789");
        long secondId = store.createScriptToken(second, official, expires);

        assertThat(secondId).isNotEqualTo(id);
        assertThat(store.scriptToken(TOKEN, clock.instant())).contains(new AccountStore.ScriptToken(id, grant, expires));
        assertThat(store.scriptToken(second, clock.instant()).orElseThrow().grant()).isEqualTo(official);
        assertThat(store.scriptToken(TOKEN, expires)).isEmpty();
    }

    @Test
    void a_registered_gateway_is_known_by_its_token_until_revoked_and_its_id_is_never_reused() {
        RegisteredGateway gateway = store.registerGateway("gw-danang-1", TOKEN);

        assertThat(gateway).isEqualTo(new RegisteredGateway("gw-danang-1", clock.instant(), Optional.empty()));
        assertThat(store.gatewayOf(TOKEN)).contains("gw-danang-1");
        assertThatThrownBy(() -> store.registerGateway("gw-danang-1", TokenDigest.ofToken("other-token-0123456789")))
                .isInstanceOf(GatewayExistsException.class);

        clock.advance(Duration.ofMinutes(5));
        assertThat(store.revokeGateway("gw-danang-1")).isTrue();
        assertThat(store.revokeGateway("gw-danang-1")).isFalse();
        assertThat(store.revokeGateway("gw-nothing")).isFalse();

        assertThat(store.gatewayOf(TOKEN)).isEmpty();
        assertThat(store.gateways()).containsExactly(new RegisteredGateway("gw-danang-1",
                clock.instant().minus(Duration.ofMinutes(5)), Optional.of(clock.instant())));
        assertThatThrownBy(() -> store.registerGateway("gw-danang-1", TokenDigest.ofToken("third-token-0123456789")))
                .isInstanceOf(GatewayExistsException.class);
    }

    @Test
    void the_directory_lists_top_areas_every_venue_and_a_venues_devices() {
        stores.venues().assign(DeviceId.of("rd-2"), han.code());
        stores.venues().assign(DeviceId.of("rd-1"), han.code());
        stores.venues().assign(DeviceId.of("rd-3"), beach.code());

        assertThat(directory.topAreas()).extracting(a -> a.code()).containsExactly("48");
        assertThat(directory.allVenues()).containsExactly(han, beach);
        assertThat(directory.devicesAt(han.code())).extracting(d -> d.deviceId().value()).containsExactly("rd-1", "rd-2");
        assertThat(directory.devicesAt(VenueCode.of("V48-000999"))).isEmpty();
    }
}
