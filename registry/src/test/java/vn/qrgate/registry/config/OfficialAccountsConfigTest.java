package vn.qrgate.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;

/** Officials in the config are tied to an area by its code; owners to their venues; nobody else takes an area. */
class OfficialAccountsConfigTest {

    private static final String BASE = "venues: [{id: v1, name: V}]\ngateways: [{id: gw-1, token: gateway-one-token-1234567890}]\n";
    private static final String TOKEN = "official-token-1234567890abcdef";

    @TempDir
    Path dir;

    private ConfigLoad load(String accounts) throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, BASE + "accounts: [" + accounts + "]\n");
        return new RegistryConfigLoader(Map.of()).load(file);
    }

    private String errors(String accounts) throws Exception {
        ConfigLoad load = load(accounts);
        assertThat(load).isInstanceOf(ConfigLoad.Invalid.class);
        return String.join("\n", ((ConfigLoad.Invalid) load).errors().stream().map(ConfigError::toString).toList());
    }

    @Test
    void a_district_official_is_read_with_the_code_of_the_district_and_no_venues() throws Exception {
        ConfigLoad load = load("{id: q-hai-chau, role: district-official, area: '490', token: " + TOKEN + "}");

        assertThat(load).as(load::toString).isInstanceOf(ConfigLoad.Valid.class);
        Caller.Account caller = ((ConfigLoad.Valid) load).config().accounts().get(0).caller();
        assertThat(caller.role()).isEqualTo(Role.DISTRICT_OFFICIAL);
        assertThat(caller.area()).contains("490");
        assertThat(caller.venues()).isEmpty();
    }

    @Test
    void an_official_without_an_area_or_with_a_malformed_one_is_an_error_naming_the_rule() throws Exception {
        assertThat(errors("{id: w, role: ward-official, token: " + TOKEN + "}"))
                .contains("accounts[1].area: (missing) — required; e.g. '48'");
        assertThat(errors("{id: w, role: ward-official, area: Hải Châu, token: " + TOKEN + "}"))
                .contains("accounts[1].area: Hải Châu — the area's code in the official list");
    }

    @Test
    void an_area_on_an_account_that_is_not_an_official_is_an_error() throws Exception {
        assertThat(errors("{id: a, role: admin, area: '48', token: " + TOKEN + "}"))
                .contains("accounts[1].area: 48 — only ward-official, district-official and province-official accounts take an area");
    }

    @Test
    void a_venue_owner_needs_the_venues_they_own() throws Exception {
        ConfigLoad load = load("{id: owner, role: venue-owner, venues: [v1], token: " + TOKEN + "}");
        assertThat(load).as(load::toString).isInstanceOf(ConfigLoad.Valid.class);
        assertThat(((ConfigLoad.Valid) load).config().accounts().get(0).caller().venues()).containsExactly("v1");
        assertThat(errors("{id: owner, role: venue-owner, token: " + TOKEN + "}")).contains("accounts[1].venues");
    }

    @Test
    void officials_made_in_code_carry_their_area_to_the_caller() {
        AccountAccess official = AccountAccess.official("p", Role.PROVINCE_OFFICIAL, "48", TOKEN);
        assertThat(official.caller().area()).isEqualTo(Optional.of("48"));
    }
}
