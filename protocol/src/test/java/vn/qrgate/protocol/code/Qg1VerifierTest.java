package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Qg1Subject;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustList;

class Qg1VerifierTest {

    private static final long NOW = TestVectors.AT.getEpochSecond();
    private final Qg1Signer signer = new Qg1Signer("reg-2026-11");

    private CodeValidator validator(TrustList trust, RevocationList revoked) {
        return new CodeValidator(TestVectors.clock(), trust, revoked, Optional.empty());
    }

    private String code(long iat) {
        return signer.sign("058190001234", "Trần Thị Bình", "1990-07-05", iat, NOW + 86_400);
    }

    @Test
    void aCodeSignedByAKeyInTheTrustListIsAcceptedWithItsClaims() {
        CodeResult result = validator(signer.trustList(), RevocationList.none()).validate(code(NOW - 60));

        assertThat(result).isInstanceOf(CodeResult.Accepted.class);
        Qg1Subject subject = (Qg1Subject) ((CodeResult.Accepted) result).subject();
        assertThat(subject.documentType()).isEqualTo(DocumentType.CCCD);
        assertThat(subject.name()).isEqualTo("Trần Thị Bình");
        assertThat(subject.keyId()).isEqualTo("reg-2026-11");
        assertThat(subject.expiresAt()).isEqualTo(Instant.ofEpochSecond(NOW + 86_400));
    }

    @Test
    void aRevokedSigningKeyRejectsItsCodes() {
        RevocationList revoked = new RevocationList("", Set.of("reg-2026-11"), Map.of());

        assertThat(reason(validator(signer.trustList(), revoked).validate(code(NOW - 60)))).isEqualTo(Reason.REVOKED);
    }

    @Test
    void aRevokedPersonIsRejectedOnlyForCodesIssuedBeforeTheRevocation() {
        String hash = RevocationList.subjectHash("salt-1", "058190001234");
        RevocationList revoked = new RevocationList("salt-1", Set.of(),
                Map.of(hash, Optional.of(Instant.ofEpochSecond(NOW - 100))));
        CodeValidator validator = validator(signer.trustList(), revoked);

        assertThat(reason(validator.validate(code(NOW - 200)))).isEqualTo(Reason.REVOKED);
        assertThat(validator.validate(code(NOW - 50))).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void aPersonRevokedWithoutADateLosesEveryCode() {
        RevocationList revoked = new RevocationList("s", Set.of(),
                Map.of(RevocationList.subjectHash("s", "058190001234"), Optional.empty()));

        assertThat(reason(validator(signer.trustList(), revoked).validate(code(NOW - 50)))).isEqualTo(Reason.REVOKED);
    }

    @Test
    void aStaleTrustListStillAcceptsButWarns() {
        TrustList old = signer.trustList().obtainedAt(TestVectors.AT.minus(Duration.ofDays(8)));
        CodeValidator validator = new CodeValidator(TestVectors.clock(), old, RevocationList.none(),
                Optional.of(Duration.ofDays(7)));

        CodeResult result = validator.validate(code(NOW - 60));

        assertThat(((CodeResult.Accepted) result).warnings()).containsExactly(Warning.TRUST_LIST_STALE);
    }

    @Test
    void aFreshTrustListGivesNoWarning() {
        CodeValidator validator = new CodeValidator(TestVectors.clock(), signer.trustList(), RevocationList.none(),
                Optional.of(Duration.ofDays(7)));

        assertThat(((CodeResult.Accepted) validator.validate(code(NOW - 60))).warnings()).isEmpty();
    }

    @Test
    void aCodeMadeMomentsAheadOfTheReadersClockIsAccepted() {
        CodeValidator validator = validator(signer.trustList(), RevocationList.none());

        assertThat(validator.validate(code(NOW + 120))).isInstanceOf(CodeResult.Accepted.class);
        assertThat(reason(validator.validate(code(NOW + 3600)))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void expiryBeforeIssueIsABadDateEvenWhenSigned() {
        String code = signer.sign("058190001234", "A B", "1990-07-05", NOW, NOW - 1);

        assertThat(reason(validator(signer.trustList(), RevocationList.none()).validate(code))).isEqualTo(Reason.BAD_DATE);
    }

    @Test
    void missingOrMistypedClaimsAreMalformed() {
        CodeValidator validator = validator(signer.trustList(), RevocationList.none());
        List<String> claims = List.of(
                "{\"kid\":\"reg-2026-11\",\"sub\":\"058190001234\",\"name\":\"A\",\"dob\":\"1990-07-05\",\"iat\":1}",
                "{\"kid\":\"reg-2026-11\",\"sub\":\"058190001234\",\"name\":\"A\",\"dob\":\"1990-07-05\",\"iat\":\"1\",\"exp\":2}",
                "{\"kid\":\"reg-2026-11\",\"sub\":\"058190001234\",\"name\":\"A\",\"dob\":\"05/07/1990\",\"iat\":1,\"exp\":2}",
                "{\"kid\":\"reg-2026-11\",\"kid\":\"other\",\"sub\":\"058190001234\",\"name\":\"A\",\"dob\":\"1990-07-05\",\"iat\":1,\"exp\":2}",
                "[1,2,3]",
                "not json");
        for (String c : claims) {
            assertThat(reason(validator.validate(signer.signClaims(c)))).as(c).isEqualTo(Reason.MALFORMED);
        }
    }

    @Test
    void aSubjectThatIsNoDocumentNumberIsABadIdNumber() {
        String code = signer.sign("12345", "A B", "1990-07-05", NOW - 10, NOW + 10);

        assertThat(reason(validator(signer.trustList(), RevocationList.none()).validate(code))).isEqualTo(Reason.BAD_ID_NUMBER);
    }

    @Test
    void aKeyIdThatCouldCarryPersonalTextIsNotRepeatedInTheDetail() {
        Qg1Signer stranger = new Qg1Signer("Trần Thị Bình 058190001234");
        String code = stranger.sign("058190001234", "A B", "1990-07-05", NOW - 10, NOW + 10);

        CodeResult.Rejected rejected = (CodeResult.Rejected) validator(signer.trustList(), RevocationList.none()).validate(code);

        assertThat(rejected.reason()).isEqualTo(Reason.UNKNOWN_KEY);
        assertThat(rejected.detail()).doesNotContain("058190001234").doesNotContain("Bình");
    }

    private static Reason reason(CodeResult result) {
        assertThat(result).as("expected a rejection").isInstanceOf(CodeResult.Rejected.class);
        return ((CodeResult.Rejected) result).reason();
    }
}
