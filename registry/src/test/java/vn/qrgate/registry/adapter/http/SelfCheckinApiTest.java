package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.LiveRegistry.HOSPITAL;
import static vn.qrgate.registry.testing.TestEvents.VENUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrgate.registry.testing.LiveRegistry;
import vn.qrgate.registry.testing.SseStream;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

class SelfCheckinApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "{\"name\":\"Nguyễn Văn An\",\"phone\":\"0905123456\","
            + "\"documentNumber\":\"048090001234\",\"direction\":\"IN\"}";

    @TempDir
    Path dir;

    private TestRegistry registry;

    @BeforeEach
    void start() throws Exception {
        registry = LiveRegistry.start(dir);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private HttpResponse<String> submit(String venue, String body) {
        return LiveRegistry.postJson(registry, "/api/v1/self-checkin/" + venue, body);
    }

    @Test
    void the_page_is_served_in_vietnamese_and_loads_nothing_from_elsewhere() {
        HttpResponse<String> page = registry.get("/c/" + HOSPITAL, null);
        HttpResponse<String> script = registry.get("/selfcheckin/self-checkin.js", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"vi\"", "Khai báo", "/selfcheckin/self-checkin.js")
                .doesNotContain("http://", "https://");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("English", "/api/v1/self-checkin/").doesNotContain("http://", "https://");
        assertThat(registry.get("/c/V48-000099", null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_venue_is_named_with_its_type_for_the_page() throws Exception {
        JsonNode hospital = JSON.readTree(registry.get("/api/v1/self-checkin/" + HOSPITAL, null).body()).get("venue");
        JsonNode configured = JSON.readTree(registry.get("/api/v1/self-checkin/" + VENUE, null).body()).get("venue");

        assertThat(hospital.get("name").asText()).isEqualTo("Bệnh viện Đà Nẵng");
        assertThat(hospital.get("typeLabel").asText()).isEqualTo("Bệnh viện, phòng khám");
        assertThat(configured.get("name").asText()).isEqualTo("Chợ Đồng Xuân");
        assertThat(configured.get("typeLabel").isNull()).isTrue();
        assertThat(registry.get("/api/v1/self-checkin/V48-000099", null).statusCode()).isEqualTo(404);
    }

    @Test
    void a_self_checkin_is_stored_once_and_shows_in_the_live_list_and_stream() throws Exception {
        SseStream stream = SseStream.open(registry.uri("/api/v1/venues/" + HOSPITAL + "/live"), Tokens.ADMIN);
        stream.next(Duration.ofSeconds(5));

        HttpResponse<String> created = submit(HOSPITAL, FORM);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String eventId = body.get("eventId").asText();
        assertThat(body.get("venue").get("code").asText()).isEqualTo(HOSPITAL);
        assertThat(OffsetDateTime.parse(body.get("scannedAt").asText()).getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        SseStream.Event streamed = stream.next(Duration.ofSeconds(1));
        stream.close();
        assertThat(streamed).isNotNull();
        assertThat(JSON.readTree(streamed.data()).get("eventId").asText()).isEqualTo(eventId);
        assertThat(JSON.readTree(streamed.data()).get("person").get("documentNumber").asText()).isEqualTo("******001234");
        JsonNode entries = JSON.readTree(registry.get("/api/v1/venues/" + HOSPITAL + "/live.json",
                LiveRegistry.HOSPITAL_STAFF).body()).get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("eventId").asText()).isEqualTo(eventId);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("SELF_DECLARED");
        assertThat(entries.get(0).get("person").get("name").asText()).isEqualTo("N. V. AN");
        assertThat(entries.get(0).get("person").get("birthDate").isNull()).isTrue();
    }

    @Test
    void each_self_checkin_of_a_venue_gets_the_next_seq_of_its_web_form() throws Exception {
        submit(VENUE, FORM);
        submit(VENUE, FORM.replace("\"IN\"", "\"OUT\""));

        JsonNode checkins = JSON.readTree(registry.checkins(VENUE, Tokens.ADMIN, "").body()).get("checkins");

        assertThat(checkins).hasSize(2);
        assertThat(checkins).extracting(c -> c.get("device").asText()).containsOnly("web-v-hanoi-0001");
        assertThat(checkins).extracting(c -> c.get("seq").asLong()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(checkins).extracting(c -> c.get("source").asText()).containsOnly("web");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"phone\":\"0905123456\",\"documentNumber\":\"048090001234\",\"direction\":\"IN\"}|name",
            "{\"name\":\"An 007\",\"phone\":\"0905123456\",\"documentNumber\":\"048090001234\",\"direction\":\"IN\"}|name",
            "{\"name\":\"An\",\"phone\":\"0241234567\",\"documentNumber\":\"048090001234\",\"direction\":\"IN\"}|phone",
            "{\"name\":\"An\",\"phone\":\"0905123456\",\"documentNumber\":\"04809000123\",\"direction\":\"IN\"}|documentNumber",
            "{\"name\":\"An\",\"phone\":\"0905123456\",\"documentNumber\":48090001234,\"direction\":\"IN\"}|documentNumber",
            "{\"name\":\"An\",\"phone\":\"0905123456\",\"documentNumber\":\"048090001234\",\"direction\":\"UP\"}|direction",
            "[1,2]|$",
            "not json|$"})
    void a_bad_field_is_refused_naming_it_without_repeating_what_was_typed(String body, String field) throws Exception {
        HttpResponse<String> response = submit(VENUE, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("0241234567", "04809000123", "An 007");
        assertThat(JSON.readTree(registry.checkins(VENUE, Tokens.ADMIN, "").body()).get("checkins")).isEmpty();
    }

    @Test
    void the_eleventh_attempt_in_a_minute_from_one_address_gets_429_with_retry_after() {
        for (int i = 0; i < 10; i++) {
            assertThat(submit(VENUE, FORM).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> limited = submit(VENUE, FORM);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
    }
}
