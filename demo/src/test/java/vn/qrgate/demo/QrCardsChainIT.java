package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.Verdict;

/**
 * Issue 8's QG1 cards over the real chain: cards issued through the registry's API, the registry's key file
 * rotated as {@code keys rotate} does, the gateway polling the trust and revocation lists every second and
 * publishing them on a private Mosquitto, the reader (in this JVM, so its clock can be moved) applying them
 * live, and every code typed into its serial scanner, a socat pseudo-terminal. The gate's decision is read
 * where the gate signals it (the reader's scan listener: what drives its lights) and, for the offline case,
 * again where venue staff see it, in the registry.
 */
class QrCardsChainIT {

    /** The reader's trust.maxAge in {@link ChainSite#withCards}: the shortest its config allows. */
    private static final Duration TRUST_MAX_AGE = Duration.ofHours(1);
    private static final Duration DECISION_WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private ChainSite site;
    private ChainCards cards;
    private final ShiftedClock readerClock = new ShiftedClock();
    private final BlockingQueue<Decided> decided = new LinkedBlockingQueue<>();

    /** One scan as the gate decided it, with the seq its event has in the outbox. */
    private record Decided(Verdict verdict, long seq) {
    }

    @BeforeEach
    void startTheSite() throws Exception {
        site = ChainSite.withCards(dir);
        cards = new ChainCards(site);
        try {
            site.startRegistry();
            site.startGatewayInJvm();
            // The reader starts with the registry's first key only: later keys can reach it only over MQTT.
            cards.exportTrustToReader();
            site.startReaderInJvm(readerClock, (scan, verdict, stored) -> decided.add(
                    new Decided(verdict, stored instanceof AppendResult.Stored s ? s.event().seq() : -1)));
        } catch (Throwable e) {
            throw new AssertionError(e.getMessage() + "\n" + site.logs(), e);
        }
    }

    @AfterEach
    void stopTheSite() throws Exception {
        site.close();
    }

    @Test
    void a_code_signed_by_a_rotated_in_key_is_accepted_and_codes_of_the_old_key_still_are() throws Throwable {
        ChainCards.Card first = cards.issue("048090001234", "Nguyễn Văn An", "1990-07-05");
        assertAccepted(scan(first), List.of());

        String rotatedIn = cards.rotateKey();
        ChainCards.Card second = cards.issue("048195006789", "Trần Thị Bình", "1995-03-12");

        assertThat(first.kid()).isNotEqualTo(rotatedIn);
        assertThat(second.kid()).isEqualTo(rotatedIn);

        assertThat(site.readerConfig().getParent().resolve(ChainCards.READER_TRUST_FILE))
                .as("the reader's own trust file does not know the rotated-in key").content().doesNotContain(rotatedIn);
        Decided secondAtGate = awaitScan(second, d -> d.verdict().isAccepted());
        assertAccepted(secondAtGate, List.of());
        assertAccepted(scan(first), List.of());
    }

    @Test
    void a_revoked_code_is_rejected_as_revoked_within_seconds_while_the_gate_is_online() throws Throwable {
        List<Long> millis = new ArrayList<>();
        String[][] people = {
                {"048090001234", "Nguyễn Văn An", "1990-07-05"},
                {"048195006789", "Trần Thị Bình", "1995-03-12"},
                {"048088004321", "Lê Văn Cường", "1988-11-20"},
        };
        for (String[] person : people) {
            ChainCards.Card card = cards.issue(person[0], person[1], person[2]);
            assertAccepted(scan(card), List.of());

            cards.revoke(card);
            long revokedAt = System.nanoTime();
            Decided refused = awaitScan(card, d -> !d.verdict().isAccepted());
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - revokedAt));

            assertThat(refused.verdict().decision()).isEqualTo(Decision.REJECTED);
            assertThat(refused.verdict().reason()).isEqualTo(Reason.REVOKED);
        }
        // A figure for the report, not a check: speed is measured, the bound above is the await's.
        System.out.println("QrCardsChainIT: revocation reached the gate after " + millis + " ms (scans 250 ms apart)");
    }

    @Test
    void a_gate_offline_longer_than_the_trust_lists_max_age_still_decides_with_the_stale_warning_and_loses_nothing()
            throws Throwable {
        ChainCards.Card card = cards.issue("048195006789", "Trần Thị Bình", "1995-03-12");
        assertAccepted(scan(card), List.of());
        // Online: the gateway's lists reach the reader (the pushed trust list replaces the file's).
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(this::trustListPushed);

        site.broker.stop();
        // Time the gate spends offline: more than maxAge, with no list reaching it.
        readerClock.shift(TRUST_MAX_AGE.plusMinutes(1));
        Decided offline = scan(card);
        assertAccepted(offline, List.of(Warning.TRUST_LIST_STALE));
        Thread.sleep(1_000); // online, the event would be at the registry by now
        assertThat(checkin(offline.seq())).as("no check-in from the offline scan before the broker is back").isNull();

        site.broker.restart();
        JsonNode checkin = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> checkin(offline.seq()), c -> c != null);
        assertThat(checkin.get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(checkin.get("warnings").toString()).isEqualTo("[\"TRUST_LIST_STALE\"]");
        assertThat(site.registryRows()).isEqualTo(new ChainSite.Rows(offline.seq(), offline.seq(), 1, offline.seq()));
    }

    /** The reader keeps each pushed trust list beside its outbox. */
    private boolean trustListPushed() {
        return Files.exists(site.readerConfig().resolveSibling("pushed-trust.jwks.json"));
    }

    /** The registry's check-in with this seq from the chain's device, as venue staff see it; null if absent. */
    private JsonNode checkin(long seq) throws Exception {
        for (JsonNode c : new ObjectMapper().readTree(site.venueCheckins(1000)).get("checkins")) {
            if (c.get("seq").asLong() == seq) {
                return c;
            }
        }
        return null;
    }

    /** Types the card's code into the scanner and waits for the gate's decision. */
    private Decided scan(ChainCards.Card card) throws Exception {
        site.scan(card.code());
        Decided d = decided.poll(DECISION_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (d == null) {
            throw new AssertionError("the gate decided nothing within " + DECISION_WAIT + "\n" + site.logs());
        }
        return d;
    }

    /** Scans the card every 250 ms until the gate decides as {@code wanted} (15 s at most). */
    private Decided awaitScan(ChainCards.Card card, java.util.function.Predicate<Decided> wanted) throws Exception {
        AtomicReference<Decided> last = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(15)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    last.set(scan(card));
                    return wanted.test(last.get());
                });
        return last.get();
    }

    private static void assertAccepted(Decided d, List<Warning> warnings) {
        assertThat(d.verdict().kind()).isEqualTo(Kind.QG1);
        assertThat(d.verdict().decision()).as(d.verdict().toString()).isEqualTo(Decision.ACCEPTED);
        assertThat(d.verdict().warnings()).isEqualTo(warnings);
        assertThat(d.seq()).isPositive();
    }

    /** The system clock, moved forward on demand: the time a gate spends offline, without waiting it out. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void shift(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return AgentWiring.VENUE_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the reader keeps the venue's zone");
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
