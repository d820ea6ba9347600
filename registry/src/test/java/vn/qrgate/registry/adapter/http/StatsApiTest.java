package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;
import vn.qrgate.registry.testing.TracePeople;

/**
 * {@code GET /api/v1/stats} over real HTTP on SQLite, with the Đà Nẵng areas, venues registered in three
 * wards and check-ins posted by a gateway: who may read what, and what the figures are.
 */
class StatsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // Noon in Đà Nẵng on 2026-11-20: "today".
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static final OffsetDateTime TODAY_9AM = OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final String WARD_TOKEN = "ward-official-token-0123456789";
    static final String DISTRICT_TOKEN = "district-official-token-0123456789";
    static final String PROVINCE_TOKEN = "province-official-token-0123456789";

    @TempDir
    Path dir;

    private TestRegistry registry;
    private final List<String> venues = new ArrayList<>();
    private final TracePeople gate = new TracePeople("gate-01");

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    /** The registry's config before accounts and venues are added: SQLite in {@code dir} here. */
    protected RegistryConfig base(Path dir) {
        return TestRegistry.config(dir);
    }

    /** Venues 0 and 1 in ward 20227 (district 492), venue 2 in ward 20284 (district 494). */
    private void start(Path areas, List<String> wards) throws Exception {
        RegistryConfig config = base(dir)
                .withAccount(AccountAccess.official("ward-1", Role.WARD_OFFICIAL, wards.get(0), WARD_TOKEN))
                .withAccount(AccountAccess.official("district-1", Role.DISTRICT_OFFICIAL, "492", DISTRICT_TOKEN))
                .withAccount(AccountAccess.official("province-1", Role.PROVINCE_OFFICIAL, "48", PROVINCE_TOKEN))
                .withAccount(AccountAccess.healthTracer("tracer-1", Tokens.TRACER));
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            stores.areas().replaceAll(AreaFiles.edition(areas));
            for (String ward : wards) {
                venues.add(stores.venues().register(new VenueRegistration("Chợ " + ward, VenueType.MARKET,
                        "1 Trần Phú", ward)).code().value());
            }
        }
        for (String venue : venues) {
            config = config.withVenue(venue, "Chợ " + venue);
        }
        registry = TestRegistry.start(config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void post(Event... events) {
        HttpResponse<String> response = registry.post(Tokens.GATEWAY, List.of(events));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode ok(String query, String token) throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/stats" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode refused(String query, String token, int status) throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/stats" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode child(JsonNode body, String code) {
        return StreamSupport.stream(body.get("children").spliterator(), false)
                .filter(c -> c.get("area").get("code").asText().equals(code)).findFirst().orElseThrow();
    }

    private void postTheWeek() {
        Event twice = gate.in(TracePeople.AN, venues.get(0), TODAY_9AM);
        post(twice, gate.in(TracePeople.BINH, venues.get(0), TODAY_9AM.plusMinutes(5)),
                gate.rejectedIn(venues.get(1), TODAY_9AM.plusMinutes(6)),
                gate.in(TracePeople.AN, venues.get(2), TODAY_9AM.minusDays(2)),
                gate.in(TracePeople.CUONG, TestEvents.VENUE, TODAY_9AM));
        // A re-sent batch: nothing in it may count again.
        post(twice);
    }

    @Test
    void a_province_official_gets_totals_districts_unscanned_wards_and_every_day_of_the_last_week() throws Exception {
        start(AreaFiles.DA_NANG_2021, List.of("20227", "20227", "20284"));
        postTheWeek();

        JsonNode body = ok("", PROVINCE_TOKEN);

        assertThat(body.get("area").get("code").asText()).isEqualTo("48");
        assertThat(body.get("area").get("levelName").asText()).isEqualTo("province");
        assertThat(body.get("from").asText()).isEqualTo("2026-11-14");
        assertThat(body.get("to").asText()).isEqualTo("2026-11-20");
        JsonNode totals = body.get("totals");
        assertThat(totals.get("scans").asLong()).as("the config-only venue counts in no area").isEqualTo(4);
        assertThat(totals.get("uniquePeople").asLong()).isEqualTo(2);
        assertThat(totals.get("uniquePeopleApproximate").asBoolean()).isTrue();
        assertThat(totals.get("venues").asLong()).isEqualTo(3);
        assertThat(totals.get("venuesScannedToday").asLong()).isEqualTo(2);
        assertThat(totals.get("venuesScanned7d").asLong()).isEqualTo(3);
        assertThat(body.get("children")).hasSize(7);
        JsonNode haiChau = child(body, "492");
        assertThat(haiChau.get("area").get("levelName").asText()).isEqualTo("district");
        assertThat(haiChau.get("scans").asLong()).isEqualTo(3);
        assertThat(haiChau.get("uniquePeople").asLong()).isEqualTo(2);
        assertThat(haiChau.get("venues").asLong()).isEqualTo(2);
        assertThat(child(body, "494").get("scans").asLong()).isEqualTo(1);
        assertThat(child(body, "494").get("venuesScannedToday").asLong()).isZero();
        assertThat(child(body, "490").get("scans").asLong()).isZero();
        JsonNode unscanned = body.get("areasWithoutScans");
        assertThat(unscanned).hasSize(45);
        assertThat(unscanned).extracting(a -> a.get("code").asText()).doesNotContain("20227", "20284").contains("20236");
        JsonNode first = unscanned.get(0);
        assertThat(first.get("parent").get("code").asText()).isEqualTo("490");
        assertThat(first.get("parent").get("name").asText()).isEqualTo("Quận Liên Chiểu");
        assertThat(body.get("daily")).hasSize(7);
        assertThat(body.get("daily").get(4).get("date").asText()).isEqualTo("2026-11-18");
        assertThat(body.get("daily").get(4).get("scans").asLong()).isEqualTo(1);
        assertThat(body.get("daily").get(6).get("scans").asLong()).isEqualTo(3);
    }

    @Test
    void a_district_official_reads_the_district_and_its_wards_but_not_another_district() throws Exception {
        start(AreaFiles.DA_NANG_2021, List.of("20227", "20227", "20284"));
        postTheWeek();

        JsonNode district = ok("?from=2026-11-20&to=2026-11-20", DISTRICT_TOKEN);
        JsonNode ward = ok("?area=20227&from=2026-11-01&to=2026-11-30", DISTRICT_TOKEN);
        JsonNode other = refused("?area=494", DISTRICT_TOKEN, 403);
        JsonNode up = refused("?area=48", DISTRICT_TOKEN, 403);

        assertThat(district.get("area").get("code").asText()).isEqualTo("492");
        assertThat(district.get("children")).extracting(c -> c.get("area").get("levelName").asText()).containsOnly("ward");
        assertThat(child(district, "20227").get("scans").asLong()).isEqualTo(3);
        assertThat(district.get("daily")).hasSize(1);
        assertThat(district.get("areasWithoutScans")).extracting(a -> a.get("code").asText()).doesNotContain("20227");
        assertThat(ward.get("children")).isEmpty();
        assertThat(ward.get("areasWithoutScans")).isEmpty();
        assertThat(ward.get("daily")).hasSize(30);
        assertThat(ward.get("totals").get("scans").asLong()).isEqualTo(3);
        assertThat(other.get("error").asText()).contains("district-official", "492", "494");
        assertThat(other.get("area").asText()).isEqualTo("494");
        assertThat(up.get("error").asText()).contains("not 492 or an area under it");
    }

    @Test
    void a_ward_official_reads_only_the_ward() throws Exception {
        start(AreaFiles.DA_NANG_2021, List.of("20227", "20227", "20284"));
        postTheWeek();

        assertThat(ok("", WARD_TOKEN).get("area").get("code").asText()).isEqualTo("20227");
        refused("?area=492", WARD_TOKEN, 403);
        refused("?area=20284", WARD_TOKEN, 403);
    }

    @Test
    void admins_and_tracers_read_any_area_they_name_and_others_are_turned_away() throws Exception {
        start(AreaFiles.DA_NANG_2021, List.of("20227", "20227", "20284"));
        postTheWeek();

        assertThat(ok("?area=494", Tokens.ADMIN).get("totals").get("scans").asLong()).isEqualTo(1);
        assertThat(ok("?area=48", Tokens.TRACER).get("totals").get("scans").asLong()).isEqualTo(4);
        JsonNode noArea = refused("", Tokens.ADMIN, 400);
        assertThat(noArea.get("parameter").asText()).isEqualTo("area");
        assertThat(noArea.get("error").asText()).contains("?area=CODE");
        assertThat(refused("?area=48", Tokens.STAFF, 403).get("error").asText()).contains("venue-staff");
        assertThat(refused("?area=48", Tokens.GATEWAY, 403).get("error").asText()).contains("gateway");
        refused("?area=48", null, 401);
        assertThat(refused("?area=99999", Tokens.ADMIN, 404).get("area").asText()).isEqualTo("99999");
    }

    @Test
    void bad_parameters_are_refused_naming_the_field_the_value_and_the_rule() throws Exception {
        start(AreaFiles.DA_NANG_2021, List.of("20227"));

        JsonNode badDate = refused("?from=2026-13-01", PROVINCE_TOKEN, 400);
        JsonNode backwards = refused("?from=2026-11-20&to=2026-11-19", PROVINCE_TOKEN, 400);
        JsonNode tooLong = refused("?from=2025-11-19&to=2026-11-20", PROVINCE_TOKEN, 400);
        JsonNode badArea = refused("?area=Hai-Chau", PROVINCE_TOKEN, 400);

        assertThat(badDate.get("parameter").asText()).isEqualTo("from");
        assertThat(badDate.get("value").asText()).isEqualTo("2026-13-01");
        assertThat(badDate.get("allowed").asText()).contains("ISO date");
        assertThat(backwards.get("parameter").asText()).isEqualTo("to");
        assertThat(backwards.get("allowed").asText()).contains("on or after from (2026-11-20)");
        assertThat(tooLong.get("allowed").asText()).contains("at most 366 days");
        assertThat(ok("?from=2025-11-20&to=2026-11-20", PROVINCE_TOKEN).get("daily")).hasSize(366);
        assertThat(badArea.get("parameter").asText()).isEqualTo("area");
        assertThat(badArea.get("value").asText()).isEqualTo("Hai-Chau");
    }

    @Test
    void with_the_two_level_2025_edition_a_province_is_reported_by_commune() throws Exception {
        start(AreaFiles.DA_NANG_2025, List.of("20194", "20194", "20197"));
        post(gate.in(TracePeople.AN, venues.get(0), TODAY_9AM), gate.in(TracePeople.BINH, venues.get(2), TODAY_9AM));

        JsonNode body = ok("", PROVINCE_TOKEN);

        assertThat(body.get("children")).hasSize(15)
                .extracting(c -> c.get("area").get("levelName").asText()).containsOnly("commune");
        assertThat(child(body, "20194").get("venues").asLong()).isEqualTo(2);
        assertThat(child(body, "20194").get("scans").asLong()).isEqualTo(1);
        assertThat(child(body, "20197").get("uniquePeople").asLong()).isEqualTo(1);
        assertThat(body.get("areasWithoutScans")).hasSize(13)
                .allSatisfy(a -> assertThat(a.get("parent").get("code").asText()).isEqualTo("48"));
        assertThat(body.get("totals").get("uniquePeople").asLong()).isEqualTo(2);
    }
}
