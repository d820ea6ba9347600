package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** Gateways and accounts made in the console, over real HTTP against a real registry on SQLite. */
class AdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "0905123456";

    @TempDir
    Path dir;

    private TestRegistry registry;

    @BeforeEach
    void start() throws Exception {
        registry = TestRegistry.start(TestRegistry.config(dir));
        registry.importAreas(AreaFiles.DA_NANG_2021);
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

    @Test
    void a_gateway_registered_by_an_admin_delivers_check_ins_until_it_is_revoked() throws Exception {
        HttpResponse<String> created = call("POST", "/api/v1/gateways", Tokens.ADMIN, "{\"id\":\"gw-danang-1\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String token = json(created).get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Event event = new TestEvents("gate-01").person(TestEvents.VENUE, TestEvents.AT);
        HttpResponse<String> delivered = registry.post(token, List.of(event));
        assertThat(delivered.statusCode()).isEqualTo(200);
        assertThat(EventJson.decodeIngestResponse(delivered.body()).accepted()).containsExactly(event.eventId());

        JsonNode list = json(call("GET", "/api/v1/gateways", Tokens.ADMIN, null)).get("gateways");
        assertThat(list.toString()).doesNotContain(token).contains("\"id\":\"gw-1\",\"source\":\"config\"",
                "\"id\":\"gw-danang-1\",\"source\":\"console\"");

        assertThat(call("DELETE", "/api/v1/gateways/gw-danang-1", Tokens.ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(registry.post(token, List.of(event)).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/v1/gateways", Tokens.ADMIN, "{\"id\":\"gw-danang-1\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void gateway_ids_follow_the_config_rule_and_do_not_take_a_config_gateways_id() throws Exception {
        HttpResponse<String> bad = call("POST", "/api/v1/gateways", Tokens.ADMIN, "{\"id\":\"GW 1\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("id");
        assertThat(json(bad).get("value").asText()).isEqualTo("GW 1");
        assertThat(call("POST", "/api/v1/gateways", Tokens.ADMIN, "{\"id\":\"gw-1\"}").statusCode()).isEqualTo(409);
        assertThat(call("DELETE", "/api/v1/gateways/gw-nothing", Tokens.ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void only_admins_manage_gateways_and_accounts() {
        for (String token : List.of(Tokens.STAFF, Tokens.GATEWAY)) {
            assertThat(call("GET", "/api/v1/gateways", token, null).statusCode()).isEqualTo(403);
            assertThat(call("POST", "/api/v1/gateways", token, "{\"id\":\"gw-x\"}").statusCode()).isEqualTo(403);
            assertThat(call("GET", "/api/v1/accounts", token, null).statusCode()).isEqualTo(403);
            assertThat(call("POST", "/api/v1/accounts", token, "{\"phone\":\"" + PHONE + "\",\"role\":\"admin\"}")
                    .statusCode()).isEqualTo(403);
        }
        assertThat(call("GET", "/api/v1/accounts", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void an_admin_makes_an_official_who_can_then_log_in_and_removing_the_account_ends_that() throws Exception {
        HttpResponse<String> made = call("POST", "/api/v1/accounts", Tokens.ADMIN,
                "{\"phone\":\"" + PHONE + "\",\"role\":\"ward-official\",\"area\":\"20236\"}");

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(json(made).get("phone").asText()).isEqualTo("09******56");
        String session = registry.login(PHONE);
        assertThat(json(call("GET", "/api/v1/me", session, null)).get("area").get("name").asText()).isEqualTo("Phường Hải Châu");
        JsonNode list = json(call("GET", "/api/v1/accounts", Tokens.ADMIN, null)).get("accounts");
        assertThat(list.toString()).doesNotContain(PHONE).contains("\"phone\":\"09******56\"", "\"role\":\"ward-official\"",
                "\"area\":\"20236\"");

        assertThat(call("DELETE", "/api/v1/accounts/" + PHONE, Tokens.ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/me", session, null).statusCode()).isEqualTo(401);
        assertThat(call("DELETE", "/api/v1/accounts/" + PHONE, Tokens.ADMIN, null).statusCode()).isEqualTo(404);
    }

    @Test
    void account_fields_are_checked_and_named() throws Exception {
        HttpResponse<String> role = call("POST", "/api/v1/accounts", Tokens.ADMIN, "{\"phone\":\"" + PHONE + "\",\"role\":\"venue-staff\"}");
        HttpResponse<String> area = call("POST", "/api/v1/accounts", Tokens.ADMIN,
                "{\"phone\":\"" + PHONE + "\",\"role\":\"ward-official\",\"area\":\"77777\"}");
        HttpResponse<String> extra = call("POST", "/api/v1/accounts", Tokens.ADMIN,
                "{\"phone\":\"" + PHONE + "\",\"role\":\"admin\",\"area\":\"48\"}");

        assertThat(role.statusCode()).isEqualTo(400);
        assertThat(json(role).get("field").asText()).isEqualTo("role");
        assertThat(json(role).get("allowed").asText()).contains("health-tracer");
        assertThat(json(area).get("field").asText()).isEqualTo("area");
        assertThat(json(area).get("value").asText()).isEqualTo("77777");
        assertThat(json(extra).get("field").asText()).isEqualTo("area");
    }

    @Test
    void a_registry_without_config_gateways_starts_and_takes_gateways_from_the_console() throws Exception {
        registry.close();
        RegistryConfig config = RegistryConfig.sqlite(dir.resolve("bare.db"))
                .withHttp(vn.qrgate.registry.config.HttpSettings.anyFreePort())
                .withVenue(TestEvents.VENUE, "Chợ Đồng Xuân")
                .withAccount(vn.qrgate.registry.config.AccountAccess.admin("admin", Tokens.ADMIN));
        registry = TestRegistry.start(config);

        String token = json(call("POST", "/api/v1/gateways", Tokens.ADMIN, "{\"id\":\"gw-a\"}")).get("token").asText();

        assertThat(registry.post(token, List.of(new TestEvents("gate-01").person(TestEvents.VENUE, TestEvents.AT)))
                .statusCode()).isEqualTo(200);
    }
}
