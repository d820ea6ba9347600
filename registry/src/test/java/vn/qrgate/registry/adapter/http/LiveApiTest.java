package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.LiveRegistry.HOSPITAL;
import static vn.qrgate.registry.testing.LiveRegistry.HOSPITAL_STAFF;
import static vn.qrgate.registry.testing.LiveRegistry.MARKET;
import static vn.qrgate.registry.testing.LiveRegistry.MARKET_STAFF;
import static vn.qrgate.registry.testing.TestEvents.VENUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.testing.LiveRegistry;
import vn.qrgate.registry.testing.SseStream;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

class LiveApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WITHIN = Duration.ofSeconds(1);

    @TempDir
    Path dir;

    private TestRegistry registry;
    private final TestEvents gate = new TestEvents("gate-01");
    private final List<SseStream> streams = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        registry = LiveRegistry.start(dir);
    }

    @AfterEach
    void stop() {
        streams.forEach(SseStream::close);
        registry.close();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private SseStream open(String venue, String view, String token) throws Exception {
        SseStream stream = SseStream.open(registry.uri("/api/v1/venues/" + venue + "/live" + view), token);
        streams.add(stream);
        return stream;
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private JsonNode snapshot(String venue, String view, String token) throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/venues/" + venue + "/live.json" + view, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private JsonNode audit() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/audit?from=" + Instant.now().minusSeconds(600)
                + "&to=" + Instant.now().plusSeconds(600), Tokens.ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body()).get("entries");
    }

    @Test
    void a_checkin_posted_by_a_gateway_reaches_the_live_stream_within_a_second_masked() throws Exception {
        SseStream stream = open(VENUE, "", Tokens.STAFF);
        SseStream.Event snapshot = stream.next(Duration.ofSeconds(5));
        assertThat(snapshot.name()).isEqualTo("snapshot");
        assertThat(json(snapshot.data()).get("view").asText()).isEqualTo("masked");

        long posted = System.nanoTime();
        assertThat(registry.post(Tokens.GATEWAY, List.of(gate.person(VENUE, now()))).statusCode()).isEqualTo(200);
        SseStream.Event checkin = stream.next(WITHIN);

        assertThat(Duration.ofNanos(System.nanoTime() - posted)).isLessThan(WITHIN);
        assertThat(checkin).isNotNull();
        assertThat(checkin.name()).isEqualTo("checkin");
        JsonNode person = json(checkin.data()).get("person");
        assertThat(person.get("documentNumber").asText()).isEqualTo(TestEvents.PERSON_MASKED_NUMBER);
        assertThat(person.get("name").asText()).isEqualTo(TestEvents.PERSON_MASKED_NAME);
        assertThat(person.get("birthDate").asText()).isEqualTo(TestEvents.PERSON_MASKED_BIRTH);
        assertThat(json(checkin.data()).get("direction").asText()).isEqualTo("IN");
        assertThat(stream.raw()).doesNotContain(TestEvents.PERSON_FULL_FORMS);
    }

    @Test
    void a_duplicate_post_is_not_sent_to_the_stream_again() throws Exception {
        SseStream stream = open(VENUE, "", Tokens.STAFF);
        stream.next(Duration.ofSeconds(5));
        Event first = gate.person(VENUE, now());
        Event second = gate.person(VENUE, now());

        registry.post(Tokens.GATEWAY, List.of(first));
        registry.post(Tokens.GATEWAY_2, List.of(first));
        registry.post(Tokens.GATEWAY, List.of(second));

        assertThat(json(stream.next(WITHIN).data()).get("eventId").asText()).isEqualTo(first.eventId().toString());
        assertThat(json(stream.next(WITHIN).data()).get("eventId").asText()).isEqualTo(second.eventId().toString());
        assertThat(stream.next(Duration.ofMillis(300))).isNull();
    }

    @Test
    void the_snapshot_lists_todays_checkins_newest_first_and_counts_who_is_inside() throws Exception {
        Event yesterday = gate.person(VENUE, now().minusDays(1));
        Event earlier = gate.person(VENUE, now().minusSeconds(5));
        Event later = gate.person(VENUE, now());
        registry.post(Tokens.GATEWAY, List.of(yesterday, earlier, later));
        LiveRegistry.postJson(registry, "/api/v1/self-checkin/" + VENUE,
                "{\"name\":\"Lê Văn An\",\"phone\":\"0905123456\",\"documentNumber\":\"123456789\",\"direction\":\"OUT\"}");

        JsonNode snapshot = snapshot(VENUE, "", Tokens.STAFF);

        assertThat(snapshot.get("venue").get("code").asText()).isEqualTo(VENUE);
        assertThat(snapshot.get("venue").get("name").asText()).isEqualTo("Chợ Đồng Xuân");
        assertThat(snapshot.get("inside").asInt()).isEqualTo(1);
        List<String> ids = new ArrayList<>();
        snapshot.get("entries").forEach(e -> ids.add(e.get("eventId").asText()));
        assertThat(ids).hasSize(3).endsWith(later.eventId().toString(), earlier.eventId().toString())
                .doesNotContain(yesterday.eventId().toString());
        assertThat(snapshot.toString()).doesNotContain(TestEvents.PERSON_FULL_FORMS).doesNotContain("123456789");
    }

    @Test
    void an_admin_and_a_tracer_get_the_full_view_and_each_is_audited() throws Exception {
        registry.post(Tokens.GATEWAY, List.of(gate.person(VENUE, now())));

        JsonNode full = snapshot(VENUE, "?view=full", Tokens.ADMIN);
        SseStream stream = open(VENUE, "?view=full", Tokens.TRACER);
        JsonNode streamed = json(stream.next(Duration.ofSeconds(5)).data());

        assertThat(full.get("view").asText()).isEqualTo("full");
        assertThat(full.get("entries").get(0).get("person").get("documentNumber").asText())
                .isEqualTo(TestEvents.PERSON_NUMBER);
        assertThat(streamed.get("view").asText()).isEqualTo("full");
        assertThat(streamed.get("entries").get(0).get("person").get("birthDate").asText()).isEqualTo("1990-07-05");
        List<String> audited = new ArrayList<>();
        audit().forEach(e -> audited.add(e.get("kind").asText() + " " + e.get("account").asText() + " "
                + e.get("target").asText() + " " + e.get("rows").asInt()));
        assertThat(audited).containsExactly("FULL_VIEW admin " + VENUE + " 1", "FULL_VIEW tracer-1 " + VENUE + " 1");
    }

    @Test
    void hospital_staff_get_the_full_view_of_their_hospital_audited() throws Exception {
        SseStream stream = open(HOSPITAL, "?view=full", HOSPITAL_STAFF);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(json(stream.next(Duration.ofSeconds(5)).data()).get("view").asText()).isEqualTo("full");
        assertThat(audit()).extracting(e -> e.get("kind").asText() + " " + e.get("account").asText())
                .containsExactly("FULL_VIEW staff-hospital");
    }

    @Test
    void market_staff_are_refused_the_full_view_and_the_refusal_is_audited() throws Exception {
        HttpResponse<String> refused = registry.get("/api/v1/venues/" + MARKET + "/live.json?view=full", MARKET_STAFF);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused.body()).get("error").asText()).contains("full view", "market");
        assertThat(audit()).extracting(e -> e.get("kind").asText() + " " + e.get("account").asText())
                .containsExactly("FULL_VIEW_REFUSED staff-market");
        assertThat(snapshot(MARKET, "", MARKET_STAFF).get("view").asText()).isEqualTo("masked");
    }

    @Test
    void staff_of_another_venue_are_refused_even_the_masked_view() throws Exception {
        assertThat(registry.get("/api/v1/venues/" + HOSPITAL + "/live.json", MARKET_STAFF).statusCode()).isEqualTo(403);
        assertThat(registry.get("/api/v1/venues/" + TestEvents.OTHER_VENUE + "/live.json", Tokens.STAFF).statusCode())
                .isEqualTo(403);
        SseStream stream = open(HOSPITAL, "", MARKET_STAFF);
        assertThat(stream.status()).isEqualTo(403);
    }

    @Test
    void without_a_token_with_a_gateways_token_or_for_an_unknown_venue_there_is_no_list() throws Exception {
        assertThat(registry.get("/api/v1/venues/" + VENUE + "/live.json", null).statusCode()).isEqualTo(401);
        assertThat(registry.get("/api/v1/venues/" + VENUE + "/live.json", Tokens.GATEWAY).statusCode()).isEqualTo(403);
        assertThat(registry.get("/api/v1/venues/V48-000099/live.json", Tokens.ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void a_view_other_than_masked_or_full_is_refused_naming_the_parameter() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/venues/" + VENUE + "/live.json?view=all", Tokens.ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response.body()).get("parameter").asText()).isEqualTo("view");
    }

    @Test
    void the_stream_asked_for_without_accepting_event_streams_points_to_the_json_snapshot() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/venues/" + VENUE + "/live", Tokens.STAFF);

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("live.json");
    }
}
