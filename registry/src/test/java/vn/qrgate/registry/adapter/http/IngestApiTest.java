package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/** POST /api/v1/checkins over real HTTP (DESIGN §5). */
class IngestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private TestRegistry registry;
    private final TestEvents gate = new TestEvents("gate-01");

    @BeforeEach
    void start() {
        registry = TestRegistry.start(TestRegistry.config(dir).withMaxBatch(5));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private List<String> storedGateways() throws Exception {
        List<String> gateways = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + registry.database());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT gateway FROM checkin ORDER BY seq")) {
            while (rs.next()) {
                gateways.add(rs.getString(1));
            }
        }
        return gateways;
    }

    @Test
    void aBatchIsStoredAndAnsweredPerEventInTheContractsShape() throws Exception {
        List<Event> batch = List.of(gate.person(TestEvents.VENUE, TestEvents.AT),
                gate.scan("cccd-bad-birth-date", TestEvents.VENUE, TestEvents.AT.plusSeconds(1)));

        HttpResponse<String> response = registry.post(Tokens.GATEWAY, batch);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("accepted", "duplicates", "rejected");
        assertThat(EventJson.decodeIngestResponse(response.body()))
                .isEqualTo(new IngestResponse(batch.stream().map(Event::eventId).toList(), List.of(), List.of()));
    }

    @Test
    void aRetriedPostNeverCreatesASecondRecord() throws Exception {
        List<Event> batch = gate.batch(TestEvents.VENUE, TestEvents.AT, 3);
        registry.post(Tokens.GATEWAY, batch);

        HttpResponse<String> retry = registry.post(Tokens.GATEWAY, batch);

        assertThat(retry.statusCode()).isEqualTo(200);
        IngestResponse answer = EventJson.decodeIngestResponse(retry.body());
        assertThat(answer.accepted()).isEmpty();
        assertThat(answer.duplicates()).containsExactlyElementsOf(batch.stream().map(Event::eventId).toList());
        assertThat(storedGateways()).hasSize(3);
    }

    @Test
    void theGatewayThatDeliveredEachEventIsRecorded() throws Exception {
        registry.post(Tokens.GATEWAY, List.of(gate.person(TestEvents.VENUE, TestEvents.AT)));
        registry.post(Tokens.GATEWAY_2, List.of(gate.person(TestEvents.VENUE, TestEvents.AT)));

        assertThat(storedGateways()).containsExactly("gw-1", "gw-2");
    }

    @Test
    void anEventForAnUnknownVenueIsRejectedWithAStableCodeAndNotStored() throws Exception {
        Event known = gate.person(TestEvents.VENUE, TestEvents.AT);
        Event unknown = gate.person(TestEvents.UNKNOWN_VENUE, TestEvents.AT);

        HttpResponse<String> response = registry.post(Tokens.GATEWAY, List.of(known, unknown));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(EventJson.decodeIngestResponse(response.body())).isEqualTo(new IngestResponse(
                List.of(known.eventId()), List.of(), List.of(new IngestResponse.Rejection(unknown.eventId(), "UNKNOWN_VENUE"))));
        assertThat(storedGateways()).hasSize(1);
    }

    @Test
    void withoutAValidGatewayTokenTheAnswerIs401AndNothingIsStored() throws Exception {
        List<Event> batch = List.of(gate.person(TestEvents.VENUE, TestEvents.AT));
        String body = EventJson.encodeToString(new vn.qrgate.protocol.event.IngestRequest(batch));

        List<HttpResponse<String>> answers = List.of(
                registry.post(null, body),
                registry.post("not-a-known-token-at-all", body),
                registry.post(Tokens.STAFF, body),
                registry.post(Tokens.ADMIN, body),
                TestRegistry.send(java.net.http.HttpRequest.newBuilder(registry.uri("/api/v1/checkins"))
                        .header("Authorization", "Basic " + Tokens.GATEWAY)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()));

        assertThat(answers).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(JSON.readTree(r.body()).get("error").asText()).contains("gateway");
        });
        assertThat(storedGateways()).isEmpty();
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        HttpResponse<String> response = TestRegistry.send(java.net.http.HttpRequest.newBuilder(registry.uri("/api/v1/checkins"))
                .header("Authorization", "bearer " + Tokens.GATEWAY)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"events\":[]}")).build());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedBodyIs400NamingThePathWithoutQuotingPersonalData() throws Exception {
        Event event = gate.person(TestEvents.VENUE, TestEvents.AT);
        String good = EventJson.encodeToString(new vn.qrgate.protocol.event.IngestRequest(List.of(event)));
        String badBirthDate = good.replace("\"1990-07-05\"", "\"1990-02-31\"");
        String badSeq = good.replace("\"seq\":" + event.seq(), "\"seq\":0");

        HttpResponse<String> date = registry.post(Tokens.GATEWAY, badBirthDate);
        HttpResponse<String> seq = registry.post(Tokens.GATEWAY, badSeq);
        HttpResponse<String> notJson = registry.post(Tokens.GATEWAY, "{\"events\": [");

        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(date.body()).get("path").asText()).isEqualTo("events[0].subject.birthDate");
        assertThat(seq.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(seq.body()).get("path").asText()).isEqualTo("events[0].seq");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notJson.body()).get("path").asText()).isEqualTo("$");
        for (HttpResponse<String> r : List.of(date, seq, notJson)) {
            assertThat(r.body()).doesNotContain(TestEvents.PERSON_FULL_FORMS).doesNotContain("1990-02-31");
        }
        assertThat(storedGateways()).isEmpty();
    }

    @Test
    void aBatchLargerThanMaxBatchIs413WithAClearJsonError() throws Exception {
        HttpResponse<String> response = registry.post(Tokens.GATEWAY, gate.batch(TestEvents.VENUE, TestEvents.AT, 6));

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).contains("at most 5 events", "has 6");
        assertThat(body.get("maxBatch").asInt()).isEqualTo(5);
        assertThat(storedGateways()).isEmpty();
    }

    @Test
    void aBodyDeclaredBeyondTheSizeLimitIs413AsJsonBeforeItIsSent() throws Exception {
        // Only the headers are sent: the registry must answer from the declared length alone, so a
        // client that waits ("Expect: 100-continue") never uploads the body, and none that does is
        // cut off mid-upload. (Java 17's HttpClient hangs on a final answer to Expect, hence the socket.)
        java.net.URI base = registry.uri("/");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/checkins HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + Tokens.GATEWAY + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (3 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            java.io.InputStream in = socket.getInputStream();
            StringBuilder headers = new StringBuilder();
            while (headers.indexOf("\r\n\r\n") < 0) {
                int b = in.read();
                assertThat(b).as("the registry answered before closing: %s", headers).isNotNegative();
                headers.append((char) b);
            }
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                    .matcher(headers);
            assertThat(length.find()).as(headers.toString()).isTrue();
            String body = new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);

            assertThat(headers.toString()).startsWith("HTTP/1.1 413");
            assertThat(JSON.readTree(body).get("error").asText()).contains("too large", "3145728 bytes");
        }
        assertThat(storedGateways()).isEmpty();
    }

    @Test
    void ingestCountsAppearInTheMetricsWithoutPersonalDataOrTokens() {
        List<Event> batch = List.of(gate.person(TestEvents.VENUE, TestEvents.AT), gate.person(TestEvents.UNKNOWN_VENUE, TestEvents.AT));
        registry.post(Tokens.GATEWAY, batch);
        registry.post(Tokens.GATEWAY, batch);

        String metrics = registry.get("/metrics", null).body();

        assertThat(metrics).contains(
                "qrgate_registry_ingest_events_total{outcome=\"accepted\"} 1.0",
                "qrgate_registry_ingest_events_total{outcome=\"duplicate\"} 1.0",
                "qrgate_registry_ingest_events_total{outcome=\"rejected\"} 2.0",
                "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/checkins\",status=\"200\"} 2");
        assertThat(metrics).doesNotContain(TestEvents.PERSON_FULL_FORMS).doesNotContain(Tokens.GATEWAY)
                .doesNotContain(TestEvents.UNKNOWN_VENUE);
    }
}
