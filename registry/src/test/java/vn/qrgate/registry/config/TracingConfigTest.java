package vn.qrgate.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.registry.domain.Role;

/** The {@code tracing} section and the health-tracer role in the registry config. */
class TracingConfigTest {

    private static final String BASE = "venues: [{id: v1, name: V}]\ngateways: [{id: gw-1, token: gateway-one-token-1234567890}]\n";
    private static final String TRACER_TOKEN = "tracer-token-1234567890abcdef";

    @TempDir
    Path dir;

    private ConfigLoad load(String... lines) throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, BASE + String.join("\n", lines) + "\n");
        return new RegistryConfigLoader(Map.of()).load(file);
    }

    private RegistryConfig valid(String... lines) throws Exception {
        ConfigLoad load = load(lines);
        assertThat(load).as(load::toString).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    private String errors(String... lines) throws Exception {
        ConfigLoad load = load(lines);
        assertThat(load).isInstanceOf(ConfigLoad.Invalid.class);
        return String.join("\n", ((ConfigLoad.Invalid) load).errors().stream().map(ConfigError::toString).toList());
    }

    @Test
    void without_a_tracing_section_the_dwell_time_is_two_hours() throws Exception {
        assertThat(valid().tracingDwell()).isEqualTo(Defaults.TRACING_DWELL).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void the_dwell_time_is_read_from_tracing_dwell_and_shown_by_check_config() throws Exception {
        RegistryConfig config = valid("tracing: {dwell: 90m}");

        assertThat(config.tracingDwell()).isEqualTo(Duration.ofMinutes(90));
        assertThat(ConfigSummary.lines(config)).anySatisfy(l -> assertThat(l).contains("tracing:", "dwell 90m"));
    }

    @Test
    void a_dwell_time_out_of_range_a_mistyped_key_or_a_misplaced_one_are_errors_naming_what_is_allowed() throws Exception {
        assertThat(errors("tracing: {dwell: 30s}")).contains("tracing.dwell: 30s — a duration such as", "from 1m to 1d");
        assertThat(errors("tracing: {dwell: 2d}")).contains("tracing.dwell: 2d — a duration such as");
        assertThat(errors("tracing: {dwel: 2h}")).contains("tracing.dwel", "did you mean 'dwell'?");
        assertThat(errors("dwell: 2h")).contains("did you mean 'tracing.dwell'?");
        assertThat(errors("tracing: 2h")).contains("tracing: 2h — expected a section with the keys dwell");
    }

    @Test
    void a_health_tracer_account_takes_no_venue_list() throws Exception {
        RegistryConfig config = valid("accounts: [{id: tracer-1, role: health-tracer, token: " + TRACER_TOKEN + "}]");

        assertThat(config.accounts()).singleElement().satisfies(a -> {
            assertThat(a.role()).isEqualTo(Role.HEALTH_TRACER);
            assertThat(a.venues()).isEmpty();
        });
        assertThat(errors("accounts: [{id: tracer-1, role: health-tracer, venues: [v1], token: " + TRACER_TOKEN + "}]"))
                .contains("accounts[1].venues: (list) — a health tracer traces every venue and lists none");
        assertThat(errors("accounts: [{id: t, role: tracer, token: " + TRACER_TOKEN + "}]"))
                .contains("accounts[1].role: tracer — one of venue-staff, venue-owner, ward-official, district-official, province-official, health-tracer, card-issuer, admin");
    }

    @Test
    void only_admins_and_health_tracers_may_trace() {
        assertThat(List.of(Role.values())).filteredOn(Role::mayTrace).containsExactlyInAnyOrder(Role.ADMIN, Role.HEALTH_TRACER);
    }
}
