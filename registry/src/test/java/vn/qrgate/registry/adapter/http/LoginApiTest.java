package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.ManualClock;
import vn.qrgate.registry.testing.TestRegistry;

/** Login by one-time code, sessions, logout and /me, over real HTTP against a real registry on SQLite. */
class LoginApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICIAL = "0905123456";
    private static final String STRANGER = "0987654321";

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-29T05:00:00Z"));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private TestRegistry registry;

    @BeforeEach
    void start() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        registry = TestRegistry.start(TestRegistry.config(dir), clock);
        registry.importAreas(AreaFiles.DA_NANG_2021);
        registry.putAccount(OFFICIAL, Role.DISTRICT_OFFICIAL, "492");
    }

    @AfterEach
    void stop() {
        registry.close();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    private HttpResponse<String> post(String path, String json) {
        return registry.request("POST", path, null, json);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void a_known_phone_gets_a_code_by_sms_and_the_code_logs_it_in_with_a_session_cookie() throws Exception {
        HttpResponse<String> code = post("/api/v1/login/code", "{\"phone\":\"+84 905 123 456\"}");

        assertThat(code.statusCode()).isEqualTo(202);
        assertThat(json(code).get("sent").asBoolean()).isTrue();
        assertThat(json(code).get("expiresInSeconds").asInt()).isEqualTo(300);
        String sent = registry.sms().lastCode(OFFICIAL).orElseThrow();

        HttpResponse<String> verify = post("/api/v1/login/verify", "{\"phone\":\"" + OFFICIAL + "\",\"code\":\"" + sent + "\"}");

        assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
        JsonNode body = json(verify);
        String token = body.get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.get("expiresAt").asText()).isEqualTo("2026-11-29T17:00:00Z");
        assertThat(body.get("account").get("role").asText()).isEqualTo("district-official");
        assertThat(body.get("account").get("area").get("code").asText()).isEqualTo("492");
        assertThat(body.get("account").get("area").get("levelName").asText()).isEqualTo("district");
        assertThat(verify.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("qrgate_session=" + token + "; HttpOnly; SameSite=Strict; Path=/");

        HttpResponse<String> byCookie = TestRegistry.send(HttpRequest.newBuilder(registry.uri("/api/v1/me"))
                .header("Cookie", "qrgate_session=" + token).GET().build());
        assertThat(byCookie.statusCode()).isEqualTo(200);
        assertThat(json(byCookie).get("id").asText()).startsWith("person-");
        assertThat(json(byCookie).get("venues")).isEmpty();
    }

    @Test
    void an_unknown_phone_gets_the_same_answer_and_no_sms() throws Exception {
        HttpResponse<String> code = post("/api/v1/login/code", "{\"phone\":\"" + STRANGER + "\"}");

        assertThat(code.statusCode()).isEqualTo(202);
        assertThat(code.body()).isEqualTo(post("/api/v1/login/code", "{\"phone\":\"0912000111\"}").body());
        assertThat(registry.sms().sentTo(STRANGER)).isEmpty();
        assertThat(post("/api/v1/login/verify", "{\"phone\":\"" + STRANGER + "\",\"code\":\"123456\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_bad_phone_is_a_400_naming_the_field_without_echoing_the_number() throws Exception {
        HttpResponse<String> response = post("/api/v1/login/code", "{\"phone\":\"0243123456\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("phone");
        assertThat(json(response).get("error").asText()).contains("starts with 02, not a mobile prefix");
        assertThat(response.body()).doesNotContain("0243123456");
        assertThat(post("/api/v1/login/code", "{}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/login/code", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void a_second_code_within_a_minute_is_429_with_retry_after() {
        post("/api/v1/login/code", "{\"phone\":\"" + OFFICIAL + "\"}");
        clock.advance(Duration.ofSeconds(15));

        HttpResponse<String> again = post("/api/v1/login/code", "{\"phone\":\"" + OFFICIAL + "\"}");

        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).contains("45");
        assertThat(registry.sms().sentTo(OFFICIAL)).hasSize(1);
    }

    @Test
    void wrong_codes_are_401_until_the_sixth_try_which_is_429_even_with_the_right_code() throws Exception {
        post("/api/v1/login/code", "{\"phone\":\"" + OFFICIAL + "\"}");
        String sent = registry.sms().lastCode(OFFICIAL).orElseThrow();
        String wrong = sent.equals("000000") ? "000001" : "000000";

        for (int left = 4; left >= 0; left--) {
            HttpResponse<String> r = post("/api/v1/login/verify", "{\"phone\":\"" + OFFICIAL + "\",\"code\":\"" + wrong + "\"}");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).get("triesLeft").asInt()).isEqualTo(left);
        }
        assertThat(post("/api/v1/login/verify", "{\"phone\":\"" + OFFICIAL + "\",\"code\":\"" + sent + "\"}").statusCode())
                .isEqualTo(429);
    }

    @Test
    void an_expired_code_is_401() {
        post("/api/v1/login/code", "{\"phone\":\"" + OFFICIAL + "\"}");
        String sent = registry.sms().lastCode(OFFICIAL).orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        HttpResponse<String> r = post("/api/v1/login/verify", "{\"phone\":\"" + OFFICIAL + "\",\"code\":\"" + sent + "\"}");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("expired");
    }

    @Test
    void a_session_ends_at_logout_or_after_twelve_hours() {
        String first = registry.login(OFFICIAL);
        assertThat(registry.get("/api/v1/me", first).statusCode()).isEqualTo(200);

        HttpResponse<String> logout = registry.request("POST", "/api/v1/logout", first, null);

        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("qrgate_session=;", "Max-Age=0");
        assertThat(registry.get("/api/v1/me", first).statusCode()).isEqualTo(401);

        clock.advance(Duration.ofMinutes(1));
        String second = registry.login(OFFICIAL);
        clock.advance(Duration.ofHours(12));
        assertThat(registry.get("/api/v1/me", second).statusCode()).isEqualTo(401);
    }

    @Test
    void no_log_line_holds_the_phone_the_code_or_the_token_except_the_sms_log_of_the_masked_phone() {
        String token = registry.login(OFFICIAL);
        registry.get("/api/v1/me", token);
        String code = registry.sms().lastCode(OFFICIAL).orElseThrow();

        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(line -> assertThat(line).doesNotContain(OFFICIAL, "905123456", code, token));
    }
}
