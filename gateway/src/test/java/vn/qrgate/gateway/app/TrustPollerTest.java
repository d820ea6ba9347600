package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.adapter.http.HttpTrustDocuments;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.FakeTrustRegistry;
import vn.qrgate.gateway.testing.LogCapture;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.topic.Topics;
import vn.qrgate.protocol.trust.SubjectHash;

/**
 * The poller's decisions against a registry on real HTTP (JDK server): what is published, what is not, and
 * what is logged. Publications are recorded here; {@code TrustPollerIT} does the same through Mosquitto.
 */
class TrustPollerTest {

    record Published(String topic, String payload) {
    }

    static final String TRUST = new String(TestVectors.resource("trust.jwks.json"), StandardCharsets.UTF_8);
    /** Synthetic numbers, never logged. */
    static final String PERSON = "058190001234";
    static final String OTHER = "001203004567";

    FakeTrustRegistry registry;
    final List<Published> published = new CopyOnWriteArrayList<>();
    volatile boolean brokerUp = true;

    @BeforeEach
    void start() {
        registry = FakeTrustRegistry.start();
        registry.serve(FakeTrustRegistry.TRUST, TRUST);
        registry.serve(FakeTrustRegistry.REVOCATIONS, revocations(PERSON));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    static String revocations(String... documents) {
        StringBuilder subjects = new StringBuilder();
        for (String d : documents) {
            subjects.append(subjects.length() == 0 ? "" : ",").append("{\"hash\":\"").append(SubjectHash.of("s", d))
                    .append("\",\"issuedBefore\":1764000001}");
        }
        return "{\"v\":1,\"salt\":\"s\",\"keys\":[],\"subjects\":[" + subjects + "]}";
    }

    TrustPoller poller(String token) {
        RegistrySettings settings = RegistrySettings.of(URI.create(registry.url()), token);
        return new TrustPoller(new HttpTrustDocuments(settings), (topic, payload) -> {
            if (!brokerUp) {
                throw new PublishException("the broker did not take " + topic);
            }
            published.add(new Published(topic, new String(payload, StandardCharsets.UTF_8)));
        }, java.time.Clock.systemUTC());
    }

    List<String> topics() {
        return published.stream().map(Published::topic).toList();
    }

    static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    @Test
    void theFirstFetchPublishesBothListsAndUnchangedListsCostA304AndNoPublication() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);

        poller.connected();
        poller.poll();
        poller.poll();

        assertThat(published).containsExactly(new Published(Topics.TRUST, TRUST),
                new Published(Topics.REVOCATIONS, revocations(PERSON)));
        assertThat(registry.answered(FakeTrustRegistry.TRUST, 304)).isEqualTo(2);
        assertThat(registry.answered(FakeTrustRegistry.REVOCATIONS, 304)).isEqualTo(2);
        assertThat(poller.sinceLastFetch()).isPresent();
    }

    @Test
    void aChangedListIsPublishedAgainAndOnlyThatOne() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);
        poller.poll();

        registry.serve(FakeTrustRegistry.REVOCATIONS, revocations(PERSON, OTHER));
        poller.poll();

        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS, Topics.REVOCATIONS);
        assertThat(published.get(2).payload()).isEqualTo(revocations(PERSON, OTHER));
    }

    @Test
    void aListAReaderWouldRefuseIsNotPublishedAndIsReportedOnceWithoutItsContent() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);
        poller.poll();
        String bad = "{\"v\":1,\"salt\":\"s\",\"subjects\":[{\"hash\":\"" + PERSON + "\"}]}";
        registry.serve(FakeTrustRegistry.REVOCATIONS, bad);

        try (LogCapture log = LogCapture.attach()) {
            poller.poll();
            poller.poll();
            poller.poll();

            assertThat(count(log.lines(), "is not published")).isEqualTo(1);
            assertThat(count(log.lines(), "published again")).as("a refused list never counts as fetched").isZero();
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("revocation list subjects[0].hash"));
            assertThat(String.join("\n", log.lines())).doesNotContain(PERSON);
        }
        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS);
    }

    @Test
    void aBusyRegistryIsReportedOnceAndTheListsArePublishedWhenItIsBack() {
        registry.fail(FakeTrustRegistry.TRUST, 503);
        registry.fail(FakeTrustRegistry.REVOCATIONS, 503);
        TrustPoller poller = poller(FakeRegistry.TOKEN);

        try (LogCapture log = LogCapture.attach()) {
            poller.connected();
            poller.poll();
            poller.poll();

            assertThat(published).isEmpty();
            assertThat(poller.sinceLastFetch()).isEmpty();
            assertThat(count(log.lines(), "cannot fetch the trust list")).isEqualTo(1);
            assertThat(count(log.lines(), "cannot fetch the revocation list")).isEqualTo(1);
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("503"));

            registry.recover(FakeTrustRegistry.TRUST);
            registry.recover(FakeTrustRegistry.REVOCATIONS);
            poller.poll();

            assertThat(count(log.lines(), "fetched and published again")).isEqualTo(2);
        }
        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS);
    }

    @Test
    void aRefusedTokenIsReportedOnceAsA401AndTheTokenIsNeverLogged() {
        TrustPoller poller = poller("wrong-token-hunter2");

        try (LogCapture log = LogCapture.attach()) {
            poller.poll();
            poller.poll();

            assertThat(count(log.lines(), "cannot fetch the trust list")).isEqualTo(1);
            assertThat(log.lines()).anySatisfy(l -> assertThat(l).contains("401").contains("registry.token"));
            assertThat(String.join("\n", log.lines())).doesNotContain("hunter2");
        }
        assertThat(published).isEmpty();
    }

    @Test
    void aListTheBrokerDidNotTakeIsFetchedWholeAndPublishedAtTheNextPoll() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);
        brokerUp = false;
        poller.poll();
        assertThat(published).isEmpty();

        brokerUp = true;
        poller.poll();

        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS);
        assertThat(registry.answered(FakeTrustRegistry.TRUST, 304)).isZero();
    }

    @Test
    void afterAReconnectionTheLastListsArePublishedAgainWithoutAskingTheRegistry() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);
        poller.connected();
        int requests = registry.requests().size();

        poller.connected();

        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS, Topics.TRUST, Topics.REVOCATIONS);
        assertThat(registry.requests()).hasSize(requests);
    }

    @Test
    void theFetchAgeCountsFromTheLastAnswer() {
        TrustPoller poller = poller(FakeRegistry.TOKEN);
        assertThat(poller.sinceLastFetch()).isEmpty();

        poller.poll();

        assertThat(poller.sinceLastFetch()).hasValueSatisfying(age -> assertThat(age).isLessThan(Duration.ofMinutes(1)));
    }
}
