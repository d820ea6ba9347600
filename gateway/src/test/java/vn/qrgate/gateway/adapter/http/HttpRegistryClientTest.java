package vn.qrgate.gateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.gateway.port.RegistryReply;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.json.EventJson;

/** Each way the registry can answer, as the forwarder sees it, over real HTTP. */
class HttpRegistryClientTest {

    final FakeRegistry registry = FakeRegistry.start();
    final TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");
    final Clock clock = Clock.fixed(Instant.parse("2026-11-29T05:00:00Z"), ZoneOffset.UTC);

    @AfterEach
    void stop() {
        registry.close();
    }

    HttpRegistryClient client(String url, String token) {
        return new HttpRegistryClient(new RegistrySettings(URI.create(url), new vn.qrgate.config.Secret(token),
                500, Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofSeconds(1)), clock);
    }

    static List<QueuedEvent> queued(List<Event> events) {
        List<QueuedEvent> out = new java.util.ArrayList<>();
        for (Event e : events) {
            out.add(new QueuedEvent(out.size() + 1, e.eventId(), e.device(), Instant.now(), EventJson.encode(e)));
        }
        return out;
    }

    @Test
    void theBodyIsTheContractsIngestRequestBuiltFromTheStoredJson() {
        List<Event> events = kiosk.next(3);

        assertThat(HttpRegistryClient.body(queued(events))).isEqualTo(EventJson.encode(new IngestRequest(events)));
        assertThat(HttpRegistryClient.body(List.of())).isEqualTo(EventJson.encode(new IngestRequest(List.of())));
    }

    @Test
    void anAnswerListsWhatWasAcceptedAndSendsTheBearerToken() {
        List<Event> events = kiosk.next(3);

        RegistryReply reply = client(registry.url(), FakeRegistry.TOKEN).send(queued(events));

        assertThat(reply).isInstanceOfSatisfying(RegistryReply.Answered.class, a ->
                assertThat(a.response().accepted()).containsExactlyElementsOf(events.stream().map(Event::eventId).toList()));
        assertThat(registry.requests().get(0).authorization()).isEqualTo("Bearer " + FakeRegistry.TOKEN);
    }

    @Test
    void busyCarriesRetryAfterInSecondsOrAsADate() {
        registry.thenAnswer(503, Map.of("Retry-After", "7"));
        registry.thenAnswer(429, Map.of("Retry-After", "Sun, 29 Nov 2026 05:01:00 GMT"));
        registry.thenAnswer(503, Map.of());

        HttpRegistryClient client = client(registry.url(), FakeRegistry.TOKEN);

        assertThat(client.send(queued(kiosk.next(1)))).isEqualTo(new RegistryReply.Busy(503, Optional.of(Duration.ofSeconds(7))));
        assertThat(client.send(queued(kiosk.next(1)))).isEqualTo(new RegistryReply.Busy(429, Optional.of(Duration.ofMinutes(1))));
        assertThat(client.send(queued(kiosk.next(1)))).isEqualTo(new RegistryReply.Busy(503, Optional.empty()));
    }

    @Test
    void aWrongTokenIsRefusedWithTheRegistrysWordsButNotTheToken() {
        RegistryReply reply = client(registry.url(), "secret-but-wrong").send(queued(kiosk.next(1)));

        assertThat(reply).isInstanceOfSatisfying(RegistryReply.Refused.class, r -> {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.detail()).contains("unknown token").doesNotContain("secret-but-wrong");
        });
    }

    @Test
    void serverErrorsAndGarbageAreFailuresToRetry() {
        registry.thenAnswer(500, Map.of());
        registry.thenAnswer(200, Map.of(), request -> "{\"accepted\":\"nope\"}");
        HttpRegistryClient client = client(registry.url(), FakeRegistry.TOKEN);

        assertThat(client.send(queued(kiosk.next(1)))).isInstanceOfSatisfying(RegistryReply.Failed.class,
                f -> assertThat(f.detail()).contains("500"));
        assertThat(client.send(queued(kiosk.next(1)))).isInstanceOfSatisfying(RegistryReply.Failed.class,
                f -> assertThat(f.detail()).contains("accepted"));
    }

    @Test
    void noServerIsAFailureNamingTheAddress() {
        int port = registry.port();
        registry.close();

        RegistryReply reply = client("http://127.0.0.1:" + port, FakeRegistry.TOKEN).send(queued(kiosk.next(1)));

        assertThat(reply).isInstanceOfSatisfying(RegistryReply.Failed.class,
                f -> assertThat(f.detail()).contains("127.0.0.1:" + port + "/api/v1/checkins"));
    }
}
