package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.http.HttpRegistryClient;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.json.EventJson;

/** The forwarder against a real HTTP server that answers as scripted, over a real SQLite store. */
class ForwarderTest {

    @TempDir
    Path dir;
    JdbcStore store;
    FakeRegistry registry;
    Forwarder forwarder;
    GatewayMetrics metrics = new GatewayMetrics(new SimpleMeterRegistry());
    final TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");

    @BeforeEach
    void open() {
        store = JdbcStore.sqlite(dir.resolve("gateway.db"));
        registry = FakeRegistry.start();
    }

    @AfterEach
    void close() {
        if (forwarder != null) {
            forwarder.close();
        }
        registry.close();
        store.close();
    }

    Forwarder forwarder(String url, String token, Duration retryMin, Duration retryMax) {
        RegistrySettings settings = RegistrySettings.of(URI.create(url), token).withRetry(retryMin, retryMax)
                .withBatchSize(100);
        forwarder = new Forwarder(store, new HttpRegistryClient(settings, Clock.systemUTC()), settings, metrics,
                Clock.systemUTC(), () -> 0.5);
        return forwarder;
    }

    List<Event> stored(int n) {
        List<Event> events = kiosk.next(n);
        store.insertIfAbsent(events, Instant.now());
        return events;
    }

    static Set<UUID> ids(List<Event> events) {
        return events.stream().map(Event::eventId).collect(Collectors.toSet());
    }

    @Test
    void whatTheRegistryAcceptedOrHadAlreadyIsDeleted() {
        List<Event> events = stored(250);
        Set<UUID> earlier = ids(events.subList(0, 10));
        registry.thenAnswer(200, Map.of(), request -> EventJson.encodeToString(new IngestResponse(
                request.events().stream().map(Event::eventId).filter(id -> !earlier.contains(id)).toList(),
                request.events().stream().map(Event::eventId).filter(earlier::contains).toList(), List.of())));

        forwarder(registry.url(), FakeRegistry.TOKEN, Duration.ofMillis(10), Duration.ofSeconds(1)).start();

        await().until(() -> store.backlog() == 0);
        assertThat(registry.requests()).hasSize(3);
        assertThat(registry.requests().get(0).ids()).hasSize(100);
        assertThat(metrics.forwardedCount()).isEqualTo(250);
        assertThat(store.deadLetters(10)).isEmpty();
    }

    @Test
    void whatTheRegistryRejectedBecomesADeadLetterWithItsReason() {
        List<Event> events = stored(5);
        UUID bad = events.get(2).eventId();
        registry.rejectWhen(id -> id.equals(bad) ? "UNKNOWN_VENUE" : null);

        forwarder(registry.url(), FakeRegistry.TOKEN, Duration.ofMillis(10), Duration.ofSeconds(1)).start();

        await().until(() -> store.backlog() == 0);
        assertThat(store.deadLetters(10)).extracting(DeadLetter::eventId, DeadLetter::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(bad, "UNKNOWN_VENUE"));
        assertThat(registry.storedIds()).hasSize(4).doesNotContain(bad);
    }

    @Test
    void aBusyRegistryIsNotAskedAgainBeforeItsRetryAfter() {
        stored(3);
        registry.thenAnswer(503, Map.of("Retry-After", "1"));

        forwarder(registry.url(), FakeRegistry.TOKEN, Duration.ofMillis(10), Duration.ofSeconds(30)).start();

        await().until(() -> store.backlog() == 0);
        List<FakeRegistry.Request> requests = registry.requests();
        assertThat(requests).hasSize(2);
        assertThat(Duration.ofNanos(requests.get(1).atNanos() - requests.get(0).atNanos()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterLongerThanRetryMaxIsCappedAtRetryMax() {
        stored(1);
        registry.thenAnswer(429, Map.of("Retry-After", "3600"));

        forwarder(registry.url(), FakeRegistry.TOKEN, Duration.ofMillis(10), Duration.ofMillis(300)).start();

        await().atMost(Duration.ofSeconds(10)).until(() -> store.backlog() == 0);
        assertThat(registry.requests()).hasSize(2);
    }

    @Test
    void aWrongTokenDeletesNothingAndKeepsTrying() {
        List<Event> events = stored(4);

        forwarder(registry.url(), "not-the-token", Duration.ofMillis(10), Duration.ofMillis(200)).start();

        await().until(() -> registry.requests().size() >= 3);
        assertThat(store.backlog()).isEqualTo(4);
        assertThat(store.oldestUnforwarded(0, 10)).extracting(q -> q.event().eventId())
                .containsExactlyElementsOf(events.stream().map(Event::eventId).toList());
        assertThat(registry.storedIds()).isEmpty();
    }

    @Test
    void aRegistryThatIsDownGetsEverythingExactlyOnceWhenItComesBack() throws Exception {
        List<Event> events = stored(120);
        int port = registry.port();
        registry.close();

        forwarder("http://127.0.0.1:" + port, FakeRegistry.TOKEN, Duration.ofMillis(20), Duration.ofMillis(200))
                .start();
        await().until(() -> metrics.forwardedCount() == 0 && store.backlog() == 120);
        Thread.sleep(300); // a few refused connections
        registry = FakeRegistry.start(port);

        await().until(() -> store.backlog() == 0);
        assertThat(registry.storedIds()).isEqualTo(ids(events));
        assertThat(registry.receivedCounts().values()).containsOnly(1);
    }

    @Test
    void anIdleForwarderSendsNewEventsWhenWokenWithoutWaitingForItsRecheck() {
        RegistrySettings settings = RegistrySettings.of(URI.create(registry.url()), FakeRegistry.TOKEN);
        forwarder = new Forwarder(store, new HttpRegistryClient(settings, Clock.systemUTC()), settings, metrics,
                Clock.systemUTC(), () -> 0.5, Duration.ofHours(1));
        forwarder.start();
        await().until(() -> forwarder.idleRounds() == 1);

        List<Event> events = stored(2);
        forwarder.wake();

        await().until(() -> registry.storedIds().equals(ids(events)));
        await().until(() -> forwarder.idleRounds() == 2);
    }
}
