package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.registry.testing.TracePeople.AN;
import static vn.qrgate.registry.testing.TracePeople.BINH;
import static vn.qrgate.registry.testing.TracePeople.CUONG;
import static vn.qrgate.registry.testing.TracePeople.MORNING;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;
import vn.qrgate.registry.testing.TracePeople;

/** The trace and audit endpoints over real HTTP on SQLite: who may trace, what they get, what is audited. */
class TraceApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VENUE = TestEvents.VENUE;
    private static final String OTHER = TestEvents.OTHER_VENUE;
    // 10:00 to 11:00 in Hanoi.
    private static final String WINDOW = "from=2026-11-20T03:00:00Z&to=2026-11-20T04:00:00Z";

    @TempDir
    Path dir;

    private TestRegistry registry;
    private final TracePeople gate = new TracePeople("gate-01");
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void start() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(log);
        log.start();
        registry = TestRegistry.start(TestRegistry.config(dir).withAccount(AccountAccess.healthTracer("tracer-1", Tokens.TRACER)));
        registry.post(Tokens.GATEWAY, List.of(
                gate.in(AN, VENUE, at(30)),                                  // no OUT: present 08:30-10:30
                gate.in(BINH, VENUE, at(0)), gate.out(BINH, VENUE, at(119)), // left at 09:59
                gate.in(CUONG, VENUE, at(150)), gate.out(CUONG, VENUE, at(170)),
                gate.in(AN, OTHER, at(160)),
                gate.rejectedIn(VENUE, at(140))));
    }

    @AfterEach
    void stop() {
        registry.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        // Whatever happened in the test, no log line carried a person's data.
        // The registry's threads may still be logging their stop; AppenderBase appends under its own lock.
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        for (ILoggingEvent event : events) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (var person : TracePeople.EVERYONE) {
                assertThat(line).doesNotContain(person.documentNumber(), person.name());
            }
        }
    }

    private static OffsetDateTime at(int minutes) {
        return MORNING.plusMinutes(minutes);
    }

    private HttpResponse<String> get(String pathAndQuery, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(registry.uri(pathAndQuery)).GET()
                .header("Authorization", "Bearer " + token);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return TestRegistry.send(request.build());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode audit() throws Exception {
        return ok(registry.get("/api/v1/audit?from=2020-01-01&to=2100-01-01", Tokens.ADMIN)).get("entries");
    }

    @Test
    void a_tracer_gets_everyone_present_at_the_venue_during_the_window_in_full_view() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/trace/venue/" + VENUE + "?" + WINDOW, Tokens.TRACER);

        JsonNode body = ok(response);
        assertThat(body.get("venue").asText()).isEqualTo(VENUE);
        assertThat(body.get("dwell").asText()).isEqualTo("PT2H");
        JsonNode presences = body.get("presences");
        assertThat(presences).hasSize(2);
        JsonNode an = presences.get(0);
        assertThat(an.get("from").asText()).isEqualTo("2026-11-20T08:30:00+07:00");
        assertThat(an.get("until").asText()).isEqualTo("2026-11-20T10:30:00+07:00");
        assertThat(an.get("ending").asText()).isEqualTo("DWELL");
        assertThat(an.get("subject").get("documentNumber").asText()).isEqualTo(AN.documentNumber());
        assertThat(an.get("subject").get("name").asText()).isEqualTo(AN.name());
        assertThat(an.get("subject").get("birthDate").asText()).isEqualTo("1990-01-01");
        assertThat(presences.get(1).get("subject").get("documentNumber").asText()).isEqualTo(CUONG.documentNumber());
        assertThat(presences.get(1).get("ending").asText()).isEqualTo("OUT");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void a_persons_visits_cover_every_venue_and_each_query_leaves_one_audit_row_naming_who_asked() throws Exception {
        JsonNode body = ok(registry.get("/api/v1/trace/person?document=" + AN.documentNumber() + "&" + WINDOW,
                Tokens.TRACER));
        ok(registry.get("/api/v1/trace/venue/" + OTHER + "?" + WINDOW, Tokens.ADMIN));

        assertThat(body.get("visits")).extracting(v -> v.get("venue").asText()).containsExactly(VENUE, OTHER);
        JsonNode entries = audit();
        assertThat(entries).hasSize(2);
        JsonNode person = entries.get(0);
        assertThat(person.get("account").asText()).isEqualTo("tracer-1");
        assertThat(person.get("role").asText()).isEqualTo("health-tracer");
        assertThat(person.get("kind").asText()).isEqualTo("PERSON");
        assertThat(person.get("target").asText()).isEqualTo(AN.documentNumber());
        assertThat(person.get("from").asText()).isEqualTo("2026-11-20T03:00:00Z");
        assertThat(person.get("rows").asInt()).isEqualTo(2);
        assertThat(entries.get(1).get("account").asText()).isEqualTo("admin");
        assertThat(entries.get(1).get("target").asText()).isEqualTo(OTHER);
        assertThat(entries.get(1).get("rows").asInt()).isEqualTo(1);
        assertThat(entries.toString()).doesNotContain(Tokens.TRACER, Tokens.ADMIN);
    }

    @Test
    void csv_comes_for_accept_text_csv_or_format_csv_as_an_rfc_4180_attachment_in_utf8() {
        HttpResponse<String> byAccept = get("/api/v1/trace/venue/" + VENUE + "?" + WINDOW, Tokens.TRACER, "text/csv");
        HttpResponse<String> byParameter = get("/api/v1/trace/venue/" + VENUE + "?format=csv&" + WINDOW, Tokens.TRACER,
                null);

        assertThat(byAccept.statusCode()).as(byAccept.body()).isEqualTo(200);
        assertThat(byAccept.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8; header=present");
        assertThat(byAccept.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"trace-venue-" + VENUE + "-20261120T030000Z.csv\"");
        assertThat(byAccept.body()).isEqualTo(
                "venue,from,until,ending,document_type,document_number,name,birth_date,sex,phone\r\n"
                + VENUE + ",2026-11-20T08:30:00+07:00,2026-11-20T10:30:00+07:00,DWELL,CCCD,001090000001,"
                + "Nguyễn Văn An,1990-01-01,MALE,\r\n"
                + VENUE + ",2026-11-20T10:30:00+07:00,2026-11-20T10:50:00+07:00,OUT,CCCD,001090000003,"
                + "\"Lê, \"\"Cường\"\"\",1990-01-01,MALE,\r\n");
        assertThat(byParameter.body()).isEqualTo(byAccept.body());
    }

    @Test
    void a_persons_csv_file_name_does_not_name_the_person() {
        HttpResponse<String> response = get("/api/v1/trace/person?format=csv&document=" + BINH.documentNumber() + "&from="
                + "2026-11-20T00:00:00Z&to=2026-11-21", Tokens.TRACER, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"trace-person-20261120T000000Z.csv\"");
        assertThat(response.body()).contains("0912345678").contains("OUT,CCCD," + BINH.documentNumber());
    }

    @Test
    void venue_staff_and_gateways_are_refused_with_403_and_no_token_with_401_and_none_of_it_is_audited()
            throws Exception {
        HttpResponse<String> staff = registry.get("/api/v1/trace/venue/" + VENUE + "?" + WINDOW, Tokens.STAFF);
        HttpResponse<String> gateway = registry.get("/api/v1/trace/person?document=1&" + WINDOW, Tokens.GATEWAY);
        HttpResponse<String> nobody = registry.get("/api/v1/trace/person?document=1&" + WINDOW, null);
        HttpResponse<String> tracerReadingAudit = registry.get("/api/v1/audit?from=2020-01-01&to=2100-01-01",
                Tokens.TRACER);

        assertThat(staff.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(staff.body()).get("error").asText())
                .isEqualTo("account staff-hanoi has role venue-staff; tracing needs role health-tracer or admin");
        assertThat(gateway.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(tracerReadingAudit.statusCode()).isEqualTo(403);
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_health_tracer_cannot_list_a_venues_checkins() {
        assertThat(registry.checkins(VENUE, Tokens.TRACER, "").statusCode()).isEqualTo(403);
    }

    @Test
    void bad_parameters_get_400_naming_the_parameter_the_value_and_what_is_allowed() throws Exception {
        String venue = "/api/v1/trace/venue/" + VENUE + "?";
        assertBad(venue + "to=2026-11-20T04:00:00Z", "from", "", "required");
        assertBad(venue + "from=yesterday&to=2026-11-20T04:00:00Z", "from", "yesterday", "ISO-8601");
        assertBad(venue + "from=2026-11-20T04:00:00Z&to=2026-11-20T03:00:00Z", "to", "2026-11-20T03:00:00Z",
                "after from");
        assertBad(venue + "from=2026-10-01&to=2026-11-02", "to", "2026-11-02", "at most 31 days");
        assertBad(venue + "format=xml&" + WINDOW, "format", "xml", "csv or json");
        assertBad("/api/v1/trace/person?" + WINDOW, "document", "", "required");
        assertThat(audit()).isEmpty();
    }

    @Test
    void a_malformed_document_number_is_refused_without_being_quoted_back() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/trace/person?document=0010-9000-0001&" + WINDOW,
                Tokens.TRACER);

        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.get("parameter").asText()).isEqualTo("document");
        assertThat(body.get("value").asText()).isEqualTo("(not shown: personal data; 14 characters)");
        assertThat(response.body()).doesNotContain("0010-9000-0001");
    }

    @Test
    void an_unknown_venue_is_404_and_not_audited() throws Exception {
        HttpResponse<String> response = registry.get("/api/v1/trace/venue/v-nowhere?" + WINDOW, Tokens.TRACER);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(audit()).isEmpty();
    }

    @Test
    void when_the_audit_row_cannot_be_written_nothing_is_answered() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + registry.database());
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE trace_audit");
        }

        HttpResponse<String> response = registry.get("/api/v1/trace/venue/" + VENUE + "?" + WINDOW, Tokens.TRACER);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain(AN.documentNumber(), AN.name(), "presences");
    }

    private void assertBad(String pathAndQuery, String parameter, String value, String allowedPart) throws Exception {
        HttpResponse<String> response = registry.get(pathAndQuery, Tokens.TRACER);
        assertThat(response.statusCode()).as(pathAndQuery + " " + response.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("value").asText()).isEqualTo(value);
        assertThat(body.get("allowed").asText()).contains(allowedPart);
        assertThat(body.get("error").asText()).contains(parameter);
    }
}
