package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.SigningKeys;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** Cards over real HTTP: issuing, re-issuing, revoking, downloads, the holder's own login, the gateway lists. */
class CardsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARD_PHONE = "0905000001";
    private static final String HOLDER_PHONE = "0912345678";
    private static final String DOC = "048090001234";
    private static final String NAME = "Nguyễn Thị Hoa";
    private static final String PERSON = "{\"document\":\"" + DOC + "\",\"name\":\"" + NAME
            + "\",\"birthDate\":\"1990-07-05\",\"phone\":\"" + HOLDER_PHONE + "\",\"group\":\"Tổ 3\"}";

    @TempDir
    Path dir;

    private TestRegistry registry;
    private String ward;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() throws Exception {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
        log.start();
        registry = TestRegistry.start(TestRegistry.config(dir).withSigning(SigningKeys.in(dir)));
        registry.importAreas(AreaFiles.DA_NANG_2021);
        registry.putAccount(WARD_PHONE, Role.WARD_OFFICIAL, "20236");
        ward = registry.login(WARD_PHONE);
    }

    @AfterEach
    void stop() {
        registry.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        for (ILoggingEvent event : events) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain(DOC, NAME, "QG1:");
        }
    }

    private JsonNode issue(String token, String body, int expectedStatus) throws Exception {
        HttpResponse<String> answer = registry.request("POST", "/api/v1/cards", token, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(expectedStatus);
        return JSON.readTree(answer.body());
    }

    private CodeResult atGate(String code) throws Exception {
        HttpResponse<String> trust = registry.get("/api/v1/trust", Tokens.GATEWAY);
        HttpResponse<String> revocations = registry.get("/api/v1/revocations", Tokens.GATEWAY);
        assertThat(trust.statusCode()).isEqualTo(200);
        assertThat(revocations.statusCode()).isEqualTo(200);
        return new CodeValidator(java.time.Clock.systemUTC(),
                TrustFiles.parseJwks(trust.body().getBytes(StandardCharsets.UTF_8), Optional.of(Instant.now())),
                TrustFiles.parseRevocations(revocations.body().getBytes(StandardCharsets.UTF_8)), Optional.empty())
                .validate(code);
    }

    @Test
    void a_ward_official_issues_a_card_that_a_gate_accepts_with_the_lists_a_gateway_fetches() throws Exception {
        JsonNode answer = issue(ward, PERSON, 201);

        JsonNode card = answer.get("card");
        assertThat(card.get("issuer").asText()).startsWith("UBND ");
        assertThat(card.get("document").asText()).isEqualTo("******001234");
        assertThat(card.get("name").asText()).isEqualTo("N. T. HOA");
        assertThat(answer.get("replaced").isNull()).isTrue();
        assertThat(atGate(card.get("code").asText())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void issuing_again_for_the_same_person_revokes_the_first_card_at_the_gates() throws Exception {
        JsonNode first = issue(ward, PERSON, 201).get("card");

        JsonNode second = issue(ward, PERSON, 201);

        assertThat(second.get("replaced").asText()).isEqualTo(first.get("id").asText());
        assertThat(atGate(first.get("code").asText())).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.REVOKED));
        assertThat(atGate(second.get("card").get("code").asText())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void a_revoked_card_is_refused_and_revoking_it_twice_is_a_conflict() throws Exception {
        JsonNode card = issue(ward, PERSON, 201).get("card");
        String id = card.get("id").asText();

        HttpResponse<String> revoked = registry.request("POST", "/api/v1/cards/" + id + "/revoke", ward, null);

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("card").get("active").asBoolean()).isFalse();
        assertThat(atGate(card.get("code").asText())).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.REVOKED));
        assertThat(registry.request("POST", "/api/v1/cards/" + id + "/revoke", ward, null).statusCode()).isEqualTo(409);
        assertThat(registry.get("/api/v1/audit?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", Tokens.ADMIN).body())
                .contains("CARD_ISSUED", "CARD_REVOKED");
    }

    @Test
    void every_wrong_field_is_named_with_its_rule_and_no_value_is_echoed() throws Exception {
        JsonNode answer = issue(ward, "{\"document\":\"12345\",\"name\":\"Nguyễn 3\",\"birthDate\":\"1990-02-30\","
                + "\"phone\":\"0212345678\",\"validDays\":0}", 400);

        assertThat(answer.get("problems").findValuesAsText("field"))
                .containsExactly("document", "name", "birthDate", "phone", "validDays");
        assertThat(answer.toString()).doesNotContain("12345\"", "Nguyễn 3", "1990-02-30", "0212345678");
        JsonNode mismatch = issue(ward, PERSON.replace("1990-07-05", "1991-07-05"), 400);
        assertThat(mismatch.get("problems").findValuesAsText("field")).containsExactly("birthDate");
    }

    @Test
    void venue_staff_may_not_issue_and_others_may_not_download_or_revoke_a_card_they_did_not_issue() throws Exception {
        issue(Tokens.STAFF, PERSON, 403);
        String id = issue(ward, PERSON, 201).get("card").get("id").asText();
        registry.putAccount("0905000002", Role.WARD_OFFICIAL, "20236");
        String otherWard = registry.login("0905000002");

        assertThat(registry.get("/api/v1/cards/" + id + "/card.pdf", otherWard).statusCode()).isEqualTo(403);
        assertThat(registry.request("POST", "/api/v1/cards/" + id + "/revoke", otherWard, null).statusCode()).isEqualTo(403);
        assertThat(registry.get("/api/v1/cards/not-a-card/card.pdf", ward).statusCode()).isEqualTo(404);
    }

    @Test
    void the_issuer_downloads_the_printable_card_with_the_full_name_and_the_masked_number() throws Exception {
        String id = issue(ward, PERSON, 201).get("card").get("id").asText();

        HttpResponse<byte[]> pdf = TestRegistry.sendBytes(HttpRequest.newBuilder(registry.uri("/api/v1/cards/" + id + "/card.pdf"))
                .header("Authorization", "Bearer " + ward).build());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // The name may wrap onto two lines on the card.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(NAME, "******001234", "Tổ 3").doesNotContain(DOC);
        }
        assertThat(registry.get("/api/v1/cards", ward).body()).contains(id).doesNotContain(DOC, NAME);
    }

    @Test
    void the_holder_logs_in_with_the_phone_on_the_card_and_downloads_it_and_the_download_is_audited() throws Exception {
        issue(ward, PERSON, 201);

        String holder = registry.login(HOLDER_PHONE);

        assertThat(JSON.readTree(registry.get("/api/v1/me", holder).body()).get("role").asText()).isEqualTo("citizen");
        JsonNode mine = JSON.readTree(registry.get("/api/v1/me/cards", holder).body()).get("cards");
        assertThat(mine).hasSize(1);
        String id = mine.get(0).get("id").asText();
        HttpResponse<byte[]> pdf = TestRegistry.sendBytes(HttpRequest.newBuilder(registry.uri("/api/v1/me/cards/" + id
                + "/card.pdf")).header("Authorization", "Bearer " + holder).build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(registry.get("/api/v1/audit?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", Tokens.ADMIN).body())
                .contains("CARD_DOWNLOADED", "citizen");
        // Not anyone else's card, and not the issuer's list.
        assertThat(registry.get("/api/v1/cards", holder).statusCode()).isEqualTo(403);
    }

    @Test
    void a_phone_with_neither_an_account_nor_a_card_is_sent_no_code() {
        issue0("0987654321");
        assertThat(registry.sms().sentTo("0987654321")).isEmpty();
    }

    private void issue0(String phone) {
        assertThat(registry.request("POST", "/api/v1/login/code", null, "{\"phone\":\"" + phone + "\"}").statusCode())
                .isEqualTo(202);
    }

    @Test
    void the_gateway_lists_need_a_gateway_or_admin_token_and_answer_304_when_unchanged() throws Exception {
        assertThat(registry.get("/api/v1/trust", null).statusCode()).isEqualTo(401);
        assertThat(registry.get("/api/v1/revocations", ward).statusCode()).isEqualTo(403);
        HttpResponse<String> first = registry.get("/api/v1/revocations", Tokens.ADMIN);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = TestRegistry.send(HttpRequest.newBuilder(registry.uri("/api/v1/revocations"))
                .header("Authorization", "Bearer " + Tokens.GATEWAY).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);

        issue(ward, PERSON, 201);
        issue(ward, PERSON, 201);
        HttpResponse<String> changed = TestRegistry.send(HttpRequest.newBuilder(registry.uri("/api/v1/revocations"))
                .header("Authorization", "Bearer " + Tokens.GATEWAY).header("If-None-Match", etag).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changed.body()).get("subjects")).hasSize(1);
        assertThat(changed.body()).doesNotContain(DOC);
    }
}
