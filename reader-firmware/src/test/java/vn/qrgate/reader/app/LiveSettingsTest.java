package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.SubjectHash;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.reader.testing.LogCapture;
import vn.qrgate.reader.testing.ManualClock;

/** What the gateway pushes: which payloads apply, which are ignored, and what survives a restart. */
class LiveSettingsTest {

    private static final String DOCUMENT = "058190001234";
    private static final Duration CONFIG_WINDOW = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(TestVectors.AT);

    private static LiveSettings.Baseline baseline(boolean fromSwitch) {
        return new LiveSettings.Baseline(Optional.empty(), RevocationList.none(), Optional.empty(), Duration.ofDays(7), Optional.empty(),
                CONFIG_WINDOW, fromSwitch);
    }

    private LiveSettings live() {
        return LiveSettings.restore(baseline(false), dir, clock);
    }

    private static byte[] denyList(long version, String... documents) {
        StringBuilder hashes = new StringBuilder();
        for (String d : documents) {
            hashes.append(hashes.length() == 0 ? "" : ",").append('"').append(SubjectHash.of("salt-" + version, d))
                    .append('"');
        }
        return ("{\"v\":1,\"version\":" + version + ",\"salt\":\"salt-" + version + "\",\"hashes\":[" + hashes + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] settings(long version, Direction direction, Duration window) {
        return DeviceJson.encode(new DeviceSettings(version, Optional.ofNullable(direction), Optional.ofNullable(window)));
    }

    private static Reason qg1Reason(LiveSettings live) {
        CodeResult result = live.validator().validate(TestVectors.row("qg1-ok").input());
        return result instanceof CodeResult.Rejected r ? r.reason() : null;
    }

    @Test
    void aNewerDenyListReplacesTheOneInForceAndAnOlderOrEqualOneIsIgnored() {
        LiveSettings live = live();
        assertThat(live.denyListVersion()).isEmpty();

        live.applyDenyList(denyList(5, DOCUMENT));
        assertThat(live.denyList().denies(DOCUMENT)).isTrue();
        assertThat(live.denyListVersion()).contains(5L);

        live.applyDenyList(denyList(4));
        live.applyDenyList(denyList(5));
        assertThat(live.denyList().denies(DOCUMENT)).isTrue();

        live.applyDenyList(denyList(6));
        assertThat(live.denyList().denies(DOCUMENT)).isFalse();
        assertThat(live.denyListVersion()).contains(6L);
    }

    @Test
    void aMalformedPayloadIsIgnoredAndTheLogNamesWhereAndWhichRuleButNotTheContent() {
        LiveSettings live = live();
        live.applyDenyList(denyList(5, DOCUMENT));

        try (LogCapture log = new LogCapture(LiveSettings.class, Level.DEBUG)) {
            live.applyDenyList(("{\"v\":1,\"version\":9,\"salt\":\"s\",\"hashes\":[\"" + DOCUMENT + "\"]}")
                    .getBytes(StandardCharsets.UTF_8));
            live.applySettings(("{\"v\":1,\"version\":3,\"direction\":\"" + DOCUMENT + "\"}").getBytes(StandardCharsets.UTF_8));
            live.applyTrustList(("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"k\",\"x\":\"" + DOCUMENT
                    + "!\"}]}").getBytes(StandardCharsets.UTF_8));
            live.applyDenyList("not json at all".getBytes(StandardCharsets.UTF_8));

            assertThat(log.messages(Level.WARN)).hasSize(4).anySatisfy(m -> assertThat(m).contains("hashes[0]"))
                    .anySatisfy(m -> assertThat(m).contains("direction"));
            assertThat(log.all()).doesNotContain(DOCUMENT);
        }
        assertThat(live.denyListVersion()).contains(5L);
        assertThat(live.denyList().denies(DOCUMENT)).isTrue();
        assertThat(live.settingsVersion()).isZero();
        assertThat(qg1Reason(live)).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void newerSettingsSetTheDirectionAndTheDuplicateWindowAndOlderOnesAreIgnored() {
        LiveSettings live = live();
        var direction = live.direction(() -> Direction.IN);

        live.applySettings(settings(2, Direction.OUT, Duration.ofSeconds(30)));
        assertThat(direction.current()).isEqualTo(Direction.OUT);
        assertThat(live.duplicates().window()).isEqualTo(Duration.ofSeconds(30));

        live.applySettings(settings(1, Direction.IN, Duration.ZERO));
        live.applySettings(settings(2, Direction.IN, Duration.ZERO));
        assertThat(direction.current()).isEqualTo(Direction.OUT);
        assertThat(live.duplicates().window()).isEqualTo(Duration.ofSeconds(30));

        live.applySettings(settings(3, null, null));
        assertThat(direction.current()).as("an absent field means: as configured").isEqualTo(Direction.IN);
        assertThat(live.duplicates().window()).isEqualTo(CONFIG_WINDOW);
    }

    @Test
    void onADirectionSwitchThePushedDirectionIsIgnoredButTheWindowApplies() {
        LiveSettings live = LiveSettings.restore(baseline(true), dir, clock);
        var direction = live.direction(() -> Direction.IN);

        live.applySettings(settings(1, Direction.OUT, Duration.ofSeconds(5)));

        assertThat(direction.current()).isEqualTo(Direction.IN);
        assertThat(live.directionOverride()).isEmpty();
        assertThat(live.duplicates().window()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aPushedTrustListReplacesTheKeysAndCountsAsObtainedWhenItArrived() {
        LiveSettings live = live();
        assertThat(qg1Reason(live)).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(live.trustListAge(clock.instant())).isEmpty();

        live.applyTrustList(TestVectors.resource("trust.jwks.json"));

        assertThat(qg1Reason(live)).isNull();
        clock.advance(Duration.ofHours(3));
        assertThat(live.trustListAge(clock.instant())).contains(Duration.ofHours(3));

        live.applyTrustList(TestVectors.resource("trust.jwks.json"));
        assertThat(live.trustListAge(clock.instant())).as("the same list again is a fresh confirmation")
                .contains(Duration.ZERO);
    }

    @Test
    void everythingAppliedIsKeptAndSurvivesARestartWithoutTheGateway() {
        LiveSettings before = live();
        before.applyDenyList(denyList(5, DOCUMENT));
        before.applySettings(settings(2, Direction.OUT, Duration.ofSeconds(30)));
        before.applyTrustList(TestVectors.resource("trust.jwks.json"));

        LiveSettings after = live();

        assertThat(after.denyListVersion()).contains(5L);
        assertThat(after.denyList().denies(DOCUMENT)).isTrue();
        assertThat(after.settingsVersion()).isEqualTo(2);
        assertThat(after.direction(() -> Direction.IN).current()).isEqualTo(Direction.OUT);
        assertThat(after.duplicates().window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(qg1Reason(after)).isNull();
        assertThat(after.trustListAge(clock.instant())).contains(Duration.ZERO);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(LiveSettings.DENY_LIST_FILE, LiveSettings.SETTINGS_FILE, LiveSettings.TRUST_FILE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void atStartTheConfigsDenyListWinsWhenItsVersionIsNewerThanThePushedCopy() {
        live().applyDenyList(denyList(5, DOCUMENT));
        DenyList fromConfig = new DenyList(7, "config", java.util.Set.of());

        LiveSettings restarted = LiveSettings.restore(new LiveSettings.Baseline(Optional.empty(), RevocationList.none(),
                Optional.empty(), Duration.ofDays(7), Optional.of(fromConfig), CONFIG_WINDOW, false), dir, clock);

        assertThat(restarted.denyListVersion()).contains(7L);
        assertThat(restarted.denyList().denies(DOCUMENT)).isFalse();
    }

    @Test
    void atStartTheConfigsTrustListWinsWhenItWasObtainedAfterThePushedCopy() throws Exception {
        live().applyTrustList(TestVectors.resource("trust.jwks.json"));
        TrustList newerEmptyFile = TrustList.of(java.util.List.of(), Optional.of(TestVectors.AT.plusSeconds(60)));

        LiveSettings restarted = LiveSettings.restore(new LiveSettings.Baseline(Optional.of(newerEmptyFile),
                RevocationList.none(), Optional.empty(), Duration.ofDays(7), Optional.empty(), CONFIG_WINDOW, false), dir, clock);
        assertThat(qg1Reason(restarted)).isEqualTo(Reason.UNKNOWN_KEY);

        Files.setLastModifiedTime(dir.resolve(LiveSettings.TRUST_FILE), FileTime.from(TestVectors.AT.plusSeconds(120)));
        LiveSettings again = LiveSettings.restore(new LiveSettings.Baseline(Optional.of(newerEmptyFile),
                RevocationList.none(), Optional.empty(), Duration.ofDays(7), Optional.empty(), CONFIG_WINDOW, false), dir, clock);
        assertThat(qg1Reason(again)).isNull();
    }

    @Test
    void aDamagedCopyOnDiskIsIgnoredAtStart() throws Exception {
        Files.writeString(dir.resolve(LiveSettings.DENY_LIST_FILE), "{\"v\":1,\"version\":");
        Files.writeString(dir.resolve(LiveSettings.SETTINGS_FILE), "[]");

        LiveSettings live = live();

        assertThat(live.denyListVersion()).isEmpty();
        assertThat(live.settingsVersion()).isZero();
        Instant now = clock.instant();
        assertThat(live.trustListAge(now)).isEmpty();
    }

    private static byte[] revocations(String salt, String kid, String document) {
        String keys = kid == null ? "" : "\"" + kid + "\"";
        String subjects = document == null ? "" : "{\"hash\":\"" + SubjectHash.of(salt, document) + "\"}";
        return ("{\"v\":1,\"salt\":\"" + salt + "\",\"keys\":[" + keys + "],\"subjects\":[" + subjects + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPushedRevocationListRevokesAPreviouslyAcceptedCodeAndAnEmptyOneLiftsIt() {
        LiveSettings live = live();
        live.applyTrustList(TestVectors.resource("trust.jwks.json"));
        assertThat(qg1Reason(live)).isNull();

        live.applyRevocations(revocations("rev-salt", null, DOCUMENT));
        assertThat(qg1Reason(live)).isEqualTo(Reason.REVOKED);

        live.applyRevocations(revocations("rev-salt", null, null));
        assertThat(qg1Reason(live)).isNull();

        live.applyRevocations(revocations("rev-salt", "test-2026", null));
        assertThat(qg1Reason(live)).as("a revoked signing key").isEqualTo(Reason.REVOKED);
    }

    @Test
    void aTrustListPushedAfterTheRevocationListKeepsThePushedRevocations() {
        LiveSettings live = live();
        live.applyRevocations(revocations("rev-salt", null, DOCUMENT));
        assertThat(qg1Reason(live)).as("no trust list yet").isEqualTo(Reason.UNKNOWN_KEY);

        live.applyTrustList(TestVectors.resource("trust.jwks.json"));
        assertThat(qg1Reason(live)).isEqualTo(Reason.REVOKED);

        clock.advance(Duration.ofMinutes(1));
        live.applyTrustList(TestVectors.resource("trust.jwks.json"));
        assertThat(qg1Reason(live)).isEqualTo(Reason.REVOKED);
    }

    @Test
    void aMalformedRevocationListIsIgnoredTheListInForceStaysAndTheLogNamesTheRuleNotTheContent() {
        LiveSettings live = live();
        live.applyTrustList(TestVectors.resource("trust.jwks.json"));
        live.applyRevocations(revocations("rev-salt", null, DOCUMENT));

        try (LogCapture log = new LogCapture(LiveSettings.class, Level.DEBUG)) {
            live.applyRevocations(("{\"v\":1,\"salt\":\"s\",\"subjects\":[{\"hash\":\"" + DOCUMENT + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            live.applyRevocations(("{\"v\":2,\"salt\":\"s\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(log.messages(Level.WARN)).hasSize(2)
                    .anySatisfy(m -> assertThat(m).contains("revocation list").contains("subjects[0].hash"))
                    .anySatisfy(m -> assertThat(m).contains("'v' must be 1"));
            assertThat(log.all()).doesNotContain(DOCUMENT);
        }
        assertThat(qg1Reason(live)).isEqualTo(Reason.REVOKED);
    }

    @Test
    void thePushedRevocationListIsKeptAndWinsAtStartOverAnOlderConfigFile() {
        LiveSettings before = live();
        before.applyRevocations(revocations("rev-salt", null, DOCUMENT));
        TrustList configTrust = TestVectors.trust();
        RevocationList configNone = RevocationList.none();

        LiveSettings afterOlderFile = LiveSettings.restore(new LiveSettings.Baseline(Optional.of(configTrust), configNone,
                Optional.of(TestVectors.AT.minusSeconds(60)), Duration.ofDays(7), Optional.empty(), CONFIG_WINDOW, false),
                dir, clock);
        assertThat(Files.exists(dir.resolve(LiveSettings.REVOCATIONS_FILE))).isTrue();
        assertThat(qg1Reason(afterOlderFile)).isEqualTo(Reason.REVOKED);

        LiveSettings afterNewerFile = LiveSettings.restore(new LiveSettings.Baseline(Optional.of(configTrust), configNone,
                Optional.of(TestVectors.AT.plusSeconds(60)), Duration.ofDays(7), Optional.empty(), CONFIG_WINDOW, false),
                dir, clock);
        assertThat(qg1Reason(afterNewerFile)).as("the config file was written after the copy").isNull();
    }

    @Test
    void anAcceptedQg1CodeWarnsTrustListStaleOnceTheTrustListIsOlderThanTheMaxAge() {
        LiveSettings live = live();
        live.applyTrustList(TestVectors.resource("trust.jwks.json"));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        CodeResult fresh = live.validator().validate(TestVectors.row("qg1-ok").input());
        assertThat(((CodeResult.Accepted) fresh).warnings()).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        CodeResult stale = live.validator().validate(TestVectors.row("qg1-ok").input());
        assertThat(((CodeResult.Accepted) stale).warnings()).containsExactly(Warning.TRUST_LIST_STALE);
        assertThat(live.trustListAge(clock.instant())).contains(Duration.ofDays(7).plusSeconds(1));
    }
}
