package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/**
 * Venues, their staff and devices, over real HTTP against a real registry on SQLite with the Đà Nẵng
 * 2021 areas: ward 20236 is in district 492, ward 20284 in district 494, both in province 48.
 */
class VenuesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OWNER = "0905123456";
    private static final String STAFF = "0912000111";
    private static final String OFFICIAL_492 = "0987654321";
    private static final String OFFICIAL_20284 = "0977000222";

    @TempDir
    Path dir;

    private TestRegistry registry;

    @BeforeEach
    void start() throws Exception {
        registry = TestRegistry.start(TestRegistry.config(dir));
        registry.importAreas(AreaFiles.DA_NANG_2021);
        registry.putAccount(OFFICIAL_492, Role.DISTRICT_OFFICIAL, "492");
        registry.putAccount(OFFICIAL_20284, Role.WARD_OFFICIAL, "20284");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private HttpResponse<String> call(String method, String path, String token, String json) {
        return registry.request(method, path, token, json);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private String createVenue(String token, String name, String type, String area, String owner) throws Exception {
        HttpResponse<String> r = call("POST", "/api/v1/venues", token, "{\"name\":\"" + name + "\",\"type\":\"" + type
                + "\",\"address\":\"119 Trần Phú\",\"area\":\"" + area + "\",\"ownerPhone\":\"" + owner + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("code").asText();
    }

    private List<String> codes(HttpResponse<String> list) throws Exception {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        json(list).get("venues").forEach(v -> codes.add(v.get("code").asText()));
        return codes;
    }

    @Test
    void venue_types_and_areas_are_listed_for_a_logged_in_account_only() throws Exception {
        String token = registry.login(OFFICIAL_492);

        JsonNode types = json(call("GET", "/api/v1/venue-types", token, null)).get("types");
        assertThat(types).hasSize(21);
        assertThat(types.get(8).toString()).isEqualTo(
                "{\"type\":\"hospital\",\"label\":\"Bệnh viện, phòng khám\",\"fullViewAllowed\":true}");
        assertThat(json(call("GET", "/api/v1/areas", token, null)).get("areas").toString()).isEqualTo(
                "[{\"code\":\"48\",\"name\":\"Thành phố Đà Nẵng\",\"type\":\"Thành phố Trung ương\",\"level\":1,"
                        + "\"levelName\":\"province\",\"parent\":null}]");
        assertThat(json(call("GET", "/api/v1/areas/48/children", token, null)).get("areas")).hasSize(7);
        assertThat(json(call("GET", "/api/v1/areas/20236", token, null)).get("areas").get(0).get("parent").asText())
                .isEqualTo("492");
        assertThat(call("GET", "/api/v1/areas/99999", token, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/areas", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/venue-types", Tokens.GATEWAY, null).statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_registers_a_venue_and_its_owner_phone_becomes_its_owner() throws Exception {
        HttpResponse<String> created = call("POST", "/api/v1/venues", Tokens.ADMIN, "{\"name\":\"Bệnh viện Đà Nẵng\","
                + "\"type\":\"hospital\",\"address\":\"124 Hải Phòng\",\"area\":\"20236\",\"ownerPhone\":\"" + OWNER + "\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode venue = json(created);
        assertThat(venue.get("code").asText()).isEqualTo("V48-000001");
        assertThat(venue.get("typeLabel").asText()).isEqualTo("Bệnh viện, phòng khám");
        assertThat(venue.get("area").toString()).isEqualTo("{\"code\":\"20236\",\"name\":\"Phường Hải Châu\"}");
        assertThat(venue.get("fullViewAllowed").asBoolean()).isTrue();
        assertThat(venue.has("createdAt")).isTrue();

        JsonNode me = json(call("GET", "/api/v1/me", registry.login(OWNER), null));
        assertThat(me.get("role").asText()).isEqualTo("venue-owner");
        assertThat(me.get("venues").toString()).isEqualTo(
                "[{\"code\":\"V48-000001\",\"name\":\"Bệnh viện Đà Nẵng\",\"type\":\"hospital\",\"owner\":true}]");
    }

    @Test
    void bad_venue_fields_are_400s_naming_the_field() throws Exception {
        String base = "\"name\":\"Chợ Hàn\",\"address\":\"119 Trần Phú\",\"ownerPhone\":\"" + OWNER + "\"";

        HttpResponse<String> badType = call("POST", "/api/v1/venues", Tokens.ADMIN, "{" + base + ",\"type\":\"zoo\",\"area\":\"20236\"}");
        HttpResponse<String> badArea = call("POST", "/api/v1/venues", Tokens.ADMIN, "{" + base + ",\"type\":\"market\",\"area\":\"99999\"}");
        HttpResponse<String> noArea = call("POST", "/api/v1/venues", Tokens.ADMIN, "{" + base + ",\"type\":\"market\"}");

        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json(badType).get("field").asText()).isEqualTo("type");
        assertThat(json(badType).get("error").asText()).contains("'zoo' is not a venue type", "hospital");
        assertThat(badArea.statusCode()).isEqualTo(400);
        assertThat(json(badArea).get("field").asText()).isEqualTo("area");
        assertThat(json(badArea).get("value").asText()).isEqualTo("99999");
        assertThat(json(noArea).get("field").asText()).isEqualTo("area");
    }

    @Test
    void officials_register_venues_in_their_area_only_and_list_their_areas_venues() throws Exception {
        String district = registry.login(OFFICIAL_492);
        String ward = registry.login(OFFICIAL_20284);
        String inDistrict = createVenue(district, "Chợ Hàn", "market", "20236", OWNER);
        String inWard = createVenue(ward, "Quán Bé Mặn", "restaurant", "20284", OWNER);

        HttpResponse<String> outside = call("POST", "/api/v1/venues", ward, "{\"name\":\"X\",\"type\":\"market\","
                + "\"address\":\"Y\",\"area\":\"20236\",\"ownerPhone\":\"" + OWNER + "\"}");

        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(codes(call("GET", "/api/v1/venues", district, null))).containsExactly(inDistrict);
        assertThat(codes(call("GET", "/api/v1/venues", ward, null))).containsExactly(inWard);
        assertThat(codes(call("GET", "/api/v1/venues", Tokens.ADMIN, null))).containsExactly(inDistrict, inWard);
        assertThat(codes(call("GET", "/api/v1/venues?area=494", Tokens.ADMIN, null))).containsExactly(inWard);
        assertThat(call("GET", "/api/v1/venues?area=48", ward, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/venues/" + inWard, district, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/venues/" + inDistrict, district, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/venues/V48-000999", district, null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_owner_manages_staff_and_a_removed_staff_member_loses_the_venue_at_once() throws Exception {
        String han = createVenue(Tokens.ADMIN, "Chợ Hàn", "market", "20236", OWNER);
        String owner = registry.login(OWNER);

        HttpResponse<String> added = call("POST", "/api/v1/venues/" + han + "/staff", owner, "{\"phone\":\"" + STAFF + "\"}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).get("staff").get(0).get("phone").asText()).isEqualTo("09******11");
        assertThat(added.body()).doesNotContain(STAFF);
        String staff = registry.login(STAFF);
        assertThat(json(call("GET", "/api/v1/me", staff, null)).get("role").asText()).isEqualTo("venue-staff");
        assertThat(codes(call("GET", "/api/v1/venues", staff, null))).containsExactly(han);
        assertThat(call("GET", "/api/v1/venues/" + han + "/staff", staff, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/venues/" + han + "/staff", registry.login(OFFICIAL_492), null).statusCode())
                .isEqualTo(403);

        HttpResponse<String> removed = call("DELETE", "/api/v1/venues/" + han + "/staff/" + STAFF, owner, null);

        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json(removed).get("staff")).isEmpty();
        assertThat(call("GET", "/api/v1/me", staff, null).statusCode()).isEqualTo(401);
        assertThat(call("DELETE", "/api/v1/venues/" + han + "/staff/" + OWNER, owner, null).statusCode()).isEqualTo(404);
    }

    @Test
    void an_owner_of_one_venue_cannot_manage_the_staff_of_a_venue_they_only_staff() throws Exception {
        String han = createVenue(Tokens.ADMIN, "Chợ Hàn", "market", "20236", OWNER);
        String beach = createVenue(Tokens.ADMIN, "Quán Bé Mặn", "restaurant", "20284", STAFF);
        call("POST", "/api/v1/venues/" + beach + "/staff", Tokens.ADMIN, "{\"phone\":\"" + OWNER + "\"}");
        String owner = registry.login(OWNER);

        assertThat(codes(call("GET", "/api/v1/venues", owner, null))).containsExactly(han, beach);
        assertThat(call("GET", "/api/v1/venues/" + han + "/staff", owner, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/venues/" + beach + "/staff", owner, null).statusCode()).isEqualTo(403);
    }

    @Test
    void devices_are_assigned_by_the_owner_admins_and_area_officials_but_not_by_staff() throws Exception {
        String han = createVenue(Tokens.ADMIN, "Chợ Hàn", "market", "20236", OWNER);
        String beach = createVenue(Tokens.ADMIN, "Quán Bé Mặn", "restaurant", "20284", STAFF);
        String owner = registry.login(OWNER);

        HttpResponse<String> put = call("PUT", "/api/v1/devices/gate-01", owner, "{\"venue\":\"" + han + "\"}");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(json(put).get("device").asText()).isEqualTo("gate-01");
        assertThat(json(put).get("venue").asText()).isEqualTo(han);
        assertThat(json(call("GET", "/api/v1/venues/" + han + "/devices", owner, null)).get("devices")).hasSize(1);
        assertThat(call("PUT", "/api/v1/devices/gate-01", owner, "{\"venue\":\"" + beach + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(call("PUT", "/api/v1/devices/gate-02", registry.login(STAFF), "{\"venue\":\"" + han + "\"}")
                .statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/devices/gate-01", registry.login(OFFICIAL_492), "{\"venue\":\"" + han + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(call("PUT", "/api/v1/devices/gate-01", Tokens.ADMIN, "{\"venue\":\"" + beach + "\"}").statusCode())
                .isEqualTo(200);
        assertThat(json(call("GET", "/api/v1/venues/" + han + "/devices", owner, null)).get("devices")).isEmpty();
        assertThat(call("PUT", "/api/v1/devices/gate-03", Tokens.ADMIN, "{\"venue\":\"V48-000999\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_gateway_delivers_check_ins_for_a_registered_venue_by_its_code() throws Exception {
        String han = createVenue(Tokens.ADMIN, "Chợ Hàn", "market", "20236", OWNER);
        TestEvents gate = new TestEvents("gate-01");
        Event known = gate.person(han, TestEvents.AT);
        Event unknown = gate.person("V48-000999", TestEvents.AT.plusSeconds(1));

        HttpResponse<String> response = registry.post(Tokens.GATEWAY, List.of(known, unknown));

        assertThat(response.statusCode()).isEqualTo(200);
        IngestResponse answer = EventJson.decodeIngestResponse(response.body());
        assertThat(answer.accepted()).containsExactly(known.eventId());
        assertThat(answer.rejected()).hasSize(1);
        assertThat(call("GET", "/api/v1/venues/" + han + "/checkins", registry.login(OWNER), null).body())
                .contains(known.eventId().toString());
    }
}
