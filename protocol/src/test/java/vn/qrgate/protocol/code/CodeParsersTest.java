package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.subject.BhytSubject;
import vn.qrgate.protocol.subject.CccdSubject;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.PcCovidSubject;
import vn.qrgate.protocol.subject.Sex;

/** What the vectors do not pin down: the fields we read out, layouts and edge cases. */
class CodeParsersTest {

    private static final CodeValidator VALIDATOR = TestVectors.validator();

    private static CodeResult.Accepted accept(String code) {
        CodeResult result = VALIDATOR.validate(code);
        assertThat(result).as("%s", result).isInstanceOf(CodeResult.Accepted.class);
        return (CodeResult.Accepted) result;
    }

    private static CodeResult.Rejected reject(String code) {
        CodeResult result = VALIDATOR.validate(code);
        assertThat(result).as("%s", result).isInstanceOf(CodeResult.Rejected.class);
        return (CodeResult.Rejected) result;
    }

    @Test
    void aCccdYieldsEveryFieldAndKeepsTheExtraOnes() {
        CccdSubject s = (CccdSubject) accept(TestVectors.text("cccd-ok-extra-fields")).subject();

        assertThat(s.idNumber()).isEqualTo("079095012345");
        assertThat(s.oldIdNumber()).contains("025123456");
        assertThat(s.name()).isEqualTo("Lê Hoàng Nam");
        assertThat(s.birthDate()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(s.sex()).isEqualTo(Sex.MALE);
        assertThat(s.issueDate()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(s.extraFields()).containsExactly("Lê Văn Hùng", "Phạm Thị Lan");
    }

    @Test
    void aCccdWithoutAnOldNumberHasNone() {
        assertThat(((CccdSubject) accept(TestVectors.text("cccd-ok-no-cmnd")).subject()).oldIdNumber()).isEmpty();
    }

    @Test
    void aCccdOfSomeoneBornThisCenturyUsesTheCenturyDigit() {
        CccdSubject s = (CccdSubject) accept("001303004567||Nguyễn Thị An|12032003|Nữ|Hà Nội|20042021").subject();
        assertThat(s.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aWedgeMangledCccdSaysToSwitchTheReaderToSerialMode() {
        assertThat(reject(TestVectors.text("wedge-mangled-cccd")).detail()).contains("USB-COM/serial mode");
    }

    @Test
    void aTruncatedCccdIsMalformedNotUnsupported() {
        CodeResult.Rejected r = reject("058190001234|260123456|Trần Thị Bình|05071990|Nữ|Ninh Thuận");
        assertThat(r.kind()).isEqualTo(Kind.CCCD);
        assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aPcCovidCodeLiftsSexBhytAndPhoneOutOfItsExtension() {
        PcCovidSubject s = (PcCovidSubject) accept(TestVectors.text("pccovid-ok-cccd")).subject();

        assertThat(s.documentType()).isEqualTo(DocumentType.CCCD);
        assertThat(s.declaredForOther()).isFalse();
        assertThat(s.sex()).contains(Sex.FEMALE);
        assertThat(s.bhytNumber()).contains("GD4580123456789");
        assertThat(s.phone()).contains("0900000000");
        assertThat(s.identity().phone()).isEqualTo("0900000000");
    }

    @Test
    void aPcCovidCodeDeclaredForSomeoneNamesTheDeclarer() {
        PcCovidSubject s = (PcCovidSubject) accept(TestVectors.text("pccovid-ok-cmnd-proxy")).subject();

        assertThat(s.documentType()).isEqualTo(DocumentType.CMND);
        assertThat(s.declaredForOther()).isTrue();
        assertThat(s.declarerQid()).contains("100000000000000001");
        assertThat(s.sex()).contains(Sex.MALE);
        assertThat(s.bhytNumber()).isEmpty();
        assertThat(s.phone()).contains("0912345678");
    }

    @Test
    void aPcCovidCccdNumberIsCheckedLikeACccd() {
        assertThat(reject("003190001234|TRAN THI BINH|1990-07-05|0|1|").reason()).isEqualTo(Reason.UNKNOWN_PROVINCE);
        assertThat(reject("058190001234|TRAN THI BINH|1990-07-05|0|1|<1<<").reason()).isEqualTo(Reason.SEX_MISMATCH);
        assertThat(reject("5801900|TRAN THI BINH|1990-07-05|0|1|").reason()).isEqualTo(Reason.BAD_ID_NUMBER);
    }

    @Test
    void aPcCovidNameWithDiacriticsIsMalformed() {
        assertThat(reject("058190001234|Trần Thị Bình|1990-07-05|0|1|").reason()).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void aBhyt17CardDecodesItsHexFields() {
        BhytSubject s = (BhytSubject) accept(TestVectors.text("bhyt17-ok")).subject();

        assertThat(s.layout()).isEqualTo(17);
        assertThat(s.cardNumber()).isEqualTo("5800123456");
        assertThat(s.name()).isEqualTo("Trần Thị Bình");
        assertThat(s.sex()).isEqualTo(Sex.FEMALE);
        assertThat(s.address()).isEmpty();
        assertThat(s.registrationPlace()).isEqualTo("58 - 001");
        assertThat(s.validTo()).contains(LocalDate.of(2026, 12, 31));
        assertThat(s.issuer()).contains("BHXH tỉnh Ninh Thuận");
    }

    @Test
    void aBhyt15CardDecodesAddressAndParent() {
        BhytSubject s = (BhytSubject) accept(TestVectors.text("bhyt15-ok")).subject();

        assertThat(s.layout()).isEqualTo(15);
        assertThat(s.cardNumber()).isEqualTo("HS4580000000001");
        assertThat(s.address()).contains("Ninh Hải, Ninh Thuận");
        assertThat(s.parentName()).contains("Phạm Văn Tuấn");
        assertThat(s.fiveYearsFrom()).isEmpty();
    }

    @Test
    void theShort2019BhytLayoutIsRead() {
        String code = "DN4580123456789|4e677579e1bb856e2056c4836e20416e|14/02/1985|1|-|58 - 017|01/01/2026|31/12/2026|01/01/2026|$";
        BhytSubject s = (BhytSubject) accept(code).subject();

        assertThat(s.layout()).isEqualTo(10);
        assertThat(s.name()).isEqualTo("Nguyễn Văn An");
        assertThat(s.householdCode()).isEmpty();
    }

    @Test
    void aBhytCodeOfAnotherFieldCountIsMalformed() {
        CodeResult.Rejected r = reject("5800123456|4e|14/02/1985|1|-|58 - 017|01/01/2026|31/12/2026|$");
        assertThat(r.kind()).isEqualTo(Kind.BHYT);
        assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(r.detail()).contains("10, 15 or 17");
    }

    @Test
    void aCardWhoseValidityEndedYesterdayIsExpiredAndTodayIsNot() {
        String endsToday = TestVectors.text("bhyt17-ok").replace("31/12/2026", "29/11/2026");
        String endedYesterday = TestVectors.text("bhyt17-ok").replace("31/12/2026", "28/11/2026");

        assertThat(accept(endsToday).warnings()).isEmpty();
        assertThat(accept(endedYesterday).warnings()).containsExactly(Warning.CARD_EXPIRED);
    }

    @Test
    void datesAreJudgedInTheClocksZone() {
        // 2026-11-29T12:00+07:00 is still 28 November in UTC-12: a birth on the 29th is in the future there.
        CodeValidator farWest = new CodeValidator(java.time.Clock.fixed(TestVectors.AT, java.time.ZoneOffset.ofHours(-12)),
                TestVectors.trust(), vn.qrgate.protocol.trust.RevocationList.none(), Optional.empty());
        String bornToday = "058326001234||Bé Na|29112026|Nữ|Ninh Thuận|29112026";

        assertThat(VALIDATOR.validate(bornToday)).isInstanceOf(CodeResult.Accepted.class);
        assertThat(((CodeResult.Rejected) farWest.validate(bornToday)).reason()).isEqualTo(Reason.FUTURE_DATE);
    }

    @Test
    void anAcceptedResultPrintsNoPersonalData() {
        for (TestVectors.Row row : TestVectors.rows()) {
            CodeResult result = VALIDATOR.validate(row.input());
            if (result instanceof CodeResult.Accepted accepted) {
                vn.qrgate.protocol.subject.Identity who = accepted.subject().identity();
                assertThat(result.toString() + accepted.subject() + who).as(row.id())
                        .doesNotContain(who.documentNumber()).doesNotContain(who.name())
                        .doesNotContain(who.birthDate().toString());
            }
        }
    }

    @Test
    void theClassifierNamesEachKindByItsShape() {
        for (TestVectors.Row row : List.of(TestVectors.row("cccd-ok-1"), TestVectors.row("pccovid-ok-passport"),
                TestVectors.row("bhyt15-ok"), TestVectors.row("qg1-ok"), TestVectors.row("unknown-url"))) {
            assertThat(CodeValidator.classify(new String(row.input(), java.nio.charset.StandardCharsets.UTF_8)))
                    .as(row.id()).isEqualTo(row.kind());
        }
    }
}
