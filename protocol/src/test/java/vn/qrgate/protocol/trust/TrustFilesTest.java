package vn.qrgate.protocol.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.TestVectors;

class TrustFilesTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSharedTrustListHasItsKeyByKid() {
        TrustList trust = TrustFiles.parseJwks(TestVectors.resource("trust.jwks.json"), Optional.empty());
        assertThat(trust.size()).isEqualTo(1);
        assertThat(trust.find("test-2026")).isPresent();
        assertThat(trust.find("other-2026")).isEmpty();
    }

    @Test
    void aKeyOfAnotherTypeIsNamedByIndexAndKid() {
        String jwks = "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"old\",\"x\":\"AA\"}]}";
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8(jwks), Optional.empty()))
                .isInstanceOf(TrustListException.class)
                .hasMessageContaining("keys[0]").hasMessageContaining("old").hasMessageContaining("OKP/Ed25519");
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        String jwks = "{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"k\",\"x\":\"AAAA\"}]}";
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8(jwks), Optional.empty()))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void aMissingFieldAndBrokenJsonAreNamed() {
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8("{\"keys\":[{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AA\"}]}"),
                Optional.empty())).hasMessageContaining("keys[0].kid");
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8("{\"keys\":[}"), Optional.empty()))
                .hasMessageContaining("not valid JSON").hasMessageContaining("line 1");
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8("{}"), Optional.empty())).hasMessageContaining("'keys'");
    }

    @Test
    void twoKeysWithOneKidAreRefused() {
        String key = "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"dup\",\"x\":\"6kpsY-KcUgq-9VB7Ey7F-ZVHdq6-vnuSQh7qaRRG0iw\"}";
        assertThatThrownBy(() -> TrustFiles.parseJwks(utf8("{\"keys\":[" + key + "," + key + "]}"), Optional.empty()))
                .hasMessageContaining("'dup'").hasMessageContaining("more than once");
    }

    @Test
    void aTrustListOfUnknownAgeCountsAsStale() {
        Instant now = Instant.parse("2026-11-29T05:00:00Z");
        TrustList unknown = TrustList.empty();
        assertThat(unknown.isStale(now, Duration.ofDays(7))).isTrue();
        assertThat(unknown.obtainedAt(now.minus(Duration.ofDays(6))).isStale(now, Duration.ofDays(7))).isFalse();
        assertThat(unknown.obtainedAt(now.minus(Duration.ofDays(8))).isStale(now, Duration.ofDays(7))).isTrue();
    }

    @Test
    void aRevocationListReadsKeysAndSubjects() {
        String hash = RevocationList.subjectHash("pepper", "058190001234");
        RevocationList list = TrustFiles.parseRevocations(utf8("{\"v\":1,\"salt\":\"pepper\",\"keys\":[\"k1\"],"
                + "\"subjects\":[{\"hash\":\"" + hash + "\",\"issuedBefore\":1000}]}"));

        assertThat(list.revokes("k1", "1", Instant.EPOCH)).isTrue();
        assertThat(list.revokes("k2", "058190001234", Instant.ofEpochSecond(999))).isTrue();
        assertThat(list.revokes("k2", "058190001234", Instant.ofEpochSecond(1000))).isFalse();
        assertThat(list.revokes("k2", "058190001235", Instant.EPOCH)).isFalse();
    }

    @Test
    void aBadRevocationEntryIsNamed() {
        assertThatThrownBy(() -> TrustFiles.parseRevocations(utf8("{\"v\":1,\"subjects\":[{\"hash\":\"abc\"}]}")))
                .hasMessageContaining("subjects[0].hash").hasMessageContaining("64");
        assertThatThrownBy(() -> TrustFiles.parseRevocations(utf8("{\"v\":2}"))).hasMessageContaining("'v' must be 1");
    }

    @Test
    void aDenyListNamesPeopleByTheirSaltedHash() {
        String hash = SubjectHash.of("s1", "058190001234");
        DenyList deny = TrustFiles.parseDenyList(utf8("{\"v\":1,\"version\":7,\"salt\":\"s1\",\"hashes\":[\"" + hash + "\"]}"));

        assertThat(deny.version()).isEqualTo(7);
        assertThat(deny.denies("058190001234")).isTrue();
        assertThat(deny.denies("058190001235")).isFalse();
        assertThat(deny.toString()).doesNotContain(hash);
        assertThat(DenyList.empty().denies("058190001234")).isFalse();
    }

    @Test
    void aBadDenyListIsNamedByField() {
        assertThatThrownBy(() -> TrustFiles.parseDenyList(utf8("{\"v\":1,\"version\":1,\"salt\":\"s\",\"hashes\":[\"x\"]}")))
                .hasMessageContaining("hashes[0]");
        assertThatThrownBy(() -> TrustFiles.parseDenyList(utf8("{\"v\":1,\"salt\":\"s\",\"hashes\":[]}")))
                .hasMessageContaining("'version'");
    }

    @Test
    void theSubjectHashIsSaltedSha256() {
        // echo -n 'salt:058190001234' | sha256sum
        assertThat(SubjectHash.of("salt", "058190001234"))
                .isEqualTo("44c828d7e6818206a6fb0d3859bc250d8a49cd23925e6d084a62d594a86db8e3");
        assertThat(SubjectHash.of("a", "1")).isNotEqualTo(SubjectHash.of("b", "1"));
    }
}
