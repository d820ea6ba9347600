package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** GET /api/v1/venues/{venueId}/checkins over real HTTP: who may read, what they see (DESIGN §7). */
class CheckinsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestRegistry registry;
    private final TestEvents gate = new TestEvents("gate-01");

    @BeforeEach
    void start() {
        registry = TestRegistry.start(dir);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private JsonNode okJson(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void staffSeeTheirVenuesCheckinsNewestFirstWithSubjectsMasked() throws Exception {
        Event person = gate.person(TestEvents.VENUE, TestEvents.AT);
        Event withPhone = gate.scan("pccovid-ok-cccd", TestEvents.VENUE, TestEvents.AT.plusMinutes(1));
        registry.post(Tokens.GATEWAY, List.of(person, withPhone));

        HttpResponse<String> response = registry.checkins(TestEvents.VENUE, Tokens.STAFF, "");

        JsonNode body = okJson(response);
        assertThat(body.get("venue").asText()).isEqualTo(TestEvents.VENUE);
        JsonNode checkins = body.get("checkins");
        assertThat(checkins).hasSize(2);
        assertThat(checkins.get(0).get("eventId").asText()).isEqualTo(withPhone.eventId().toString());
        assertThat(checkins.get(0).get("subject").get("phone").asText()).isEqualTo("09******00");
        JsonNode first = checkins.get(1);
        assertThat(first.fieldNames()).toIterable().containsExactly("eventId", "device", "seq", "scannedAt",
                "clockSynced", "direction", "kind", "decision", "source", "receivedAt", "subject");
        assertThat(first.get("scannedAt").asText()).isEqualTo("2026-11-29T12:00:00+07:00");
        assertThat(first.get("device").asText()).isEqualTo("gate-01");
        assertThat(first.get("kind").asText()).isEqualTo("CCCD");
        assertThat(first.get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(first.get("subject").get("documentType").asText()).isEqualTo("CCCD");
        assertThat(first.get("subject").get("documentNumber").asText()).isEqualTo(TestEvents.PERSON_MASKED_NUMBER);
        assertThat(first.get("subject").get("name").asText()).isEqualTo(TestEvents.PERSON_MASKED_NAME);
        assertThat(first.get("subject").get("birthDate").asText()).isEqualTo(TestEvents.PERSON_MASKED_BIRTH);
        assertThat(response.body()).doesNotContain(TestEvents.PERSON_FULL_FORMS).doesNotContain("0900000000");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aRejectedScanIsListedWithItsReasonAndNoSubject() throws Exception {
        registry.post(Tokens.GATEWAY, List.of(gate.scan("cccd-sex-mismatch", TestEvents.VENUE, TestEvents.AT)));

        JsonNode checkin = okJson(registry.checkins(TestEvents.VENUE, Tokens.STAFF, "")).get("checkins").get(0);

        assertThat(checkin.get("decision").asText()).isEqualTo("REJECTED");
        assertThat(checkin.get("reason").asText()).isEqualTo("SEX_MISMATCH");
        assertThat(checkin.has("subject")).isFalse();
    }

    @Test
    void sinceAndLimitSelectTheNewestCheckinsAtOrAfterAMoment() throws Exception {
        List<Event> batch = gate.batch(TestEvents.VENUE, TestEvents.AT, 10);
        registry.post(Tokens.GATEWAY, batch);
        String since = batch.get(6).scannedAt().toString();

        JsonNode withOffset = okJson(registry.checkins(TestEvents.VENUE, Tokens.STAFF,
                "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)));
        JsonNode asInstant = okJson(registry.checkins(TestEvents.VENUE, Tokens.STAFF,
                "since=" + batch.get(6).scannedAt().toInstant() + "&limit=2"));
        JsonNode plusUnencoded = okJson(registry.checkins(TestEvents.VENUE, Tokens.STAFF, "since=" + since));

        assertThat(withOffset.get("checkins")).extracting(n -> n.get("seq").asLong())
                .containsExactly(batch.get(9).seq(), batch.get(8).seq(), batch.get(7).seq(), batch.get(6).seq());
        assertThat(asInstant.get("checkins")).extracting(n -> n.get("seq").asLong())
                .containsExactly(batch.get(9).seq(), batch.get(8).seq());
        assertThat(plusUnencoded.get("checkins")).hasSize(4);
    }

    @Test
    void theDefaultLimitIsAHundred() throws Exception {
        registry.post(Tokens.GATEWAY, gate.batch(TestEvents.VENUE, TestEvents.AT, 150).subList(0, 150));

        assertThat(okJson(registry.checkins(TestEvents.VENUE, Tokens.ADMIN, "")).get("checkins")).hasSize(100);
    }

    @Test
    void anAdminSeesEveryVenue() throws Exception {
        registry.post(Tokens.GATEWAY, List.of(gate.person(TestEvents.VENUE, TestEvents.AT),
                gate.person(TestEvents.OTHER_VENUE, TestEvents.AT)));

        assertThat(okJson(registry.checkins(TestEvents.VENUE, Tokens.ADMIN, "")).get("checkins")).hasSize(1);
        assertThat(okJson(registry.checkins(TestEvents.OTHER_VENUE, Tokens.ADMIN, "")).get("checkins")).hasSize(1);
    }

    @Test
    void withoutAKnownTokenTheAnswerIs401() throws Exception {
        for (String token : new String[] {null, "nobody-has-this-token-123"}) {
            HttpResponse<String> response = registry.checkins(TestEvents.VENUE, token, "");

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(JSON.readTree(response.body()).get("error").asText()).contains("bearer token");
        }
    }

    @Test
    void staffOfAnotherVenueAndGatewaysGet403() throws Exception {
        registry.post(Tokens.GATEWAY, List.of(gate.person(TestEvents.VENUE, TestEvents.AT)));

        HttpResponse<String> otherStaff = registry.checkins(TestEvents.VENUE, Tokens.OTHER_STAFF, "");
        HttpResponse<String> gateway = registry.checkins(TestEvents.VENUE, Tokens.GATEWAY, "");

        assertThat(otherStaff.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(otherStaff.body()).get("error").asText()).contains("staff-hcm");
        assertThat(gateway.statusCode()).isEqualTo(403);
        assertThat(otherStaff.body() + gateway.body()).doesNotContain(TestEvents.PERSON_MASKED_NUMBER);
    }

    @Test
    void anUnknownVenueIs404() throws Exception {
        HttpResponse<String> response = registry.checkins(TestEvents.UNKNOWN_VENUE, Tokens.ADMIN, "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("venue").asText()).isEqualTo(TestEvents.UNKNOWN_VENUE);
    }

    @Test
    void aBadSinceOrLimitIs400NamingTheParameterTheValueAndWhatIsAllowed() throws Exception {
        String[][] cases = {
            {"limit=0", "limit", "0"}, {"limit=1001", "limit", "1001"}, {"limit=ten", "limit", "ten"},
            {"since=yesterday", "since", "yesterday"}, {"since=2026-11-29", "since", "2026-11-29"}};
        for (String[] c : cases) {
            HttpResponse<String> response = registry.checkins(TestEvents.VENUE, Tokens.STAFF, c[0]);

            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("parameter").asText()).isEqualTo(c[1]);
            assertThat(body.get("value").asText()).isEqualTo(c[2]);
            assertThat(body.get("allowed").asText()).isNotBlank();
            assertThat(body.get("error").asText()).contains(c[1]);
        }
    }

    @Test
    void healthIsUpWhenTheStoreAnswersAndUnknownPathsAreJson404s() throws Exception {
        HttpResponse<String> health = registry.get("/health", null);
        HttpResponse<String> nowhere = registry.get("/api/v2/nothing", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("UP");
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(nowhere.body()).get("error").asText()).contains("no such endpoint");
    }
}
