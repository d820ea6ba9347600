package vn.qrgate.reader.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.protocol.trust.SubjectHash;

class DecisionPipelineTest {

    private final Clock clock = TestVectors.clock();
    private final AtomicReference<DenyList> deny = new AtomicReference<>(DenyList.empty());
    private final DecisionPipeline pipeline = new DecisionPipeline(TestVectors::validator, deny::get,
            new DuplicateWindow(Duration.ofSeconds(10), 1000), clock);

    private RawScan scan(String id) {
        return new RawScan(TestVectors.row(id).input(), ScanSource.SERIAL, clock.instant(), System.nanoTime());
    }

    @Test
    void aValidCodeIsAcceptedWithItsHolderAndDirection() {
        Verdict v = pipeline.decide(scan("cccd-ok-1"), Direction.OUT);

        assertThat(v.isAccepted()).isTrue();
        assertThat(v.kind()).isEqualTo(Kind.CCCD);
        assertThat(v.direction()).isEqualTo(Direction.OUT);
        assertThat(v.subject().documentNumber()).isEqualTo("058190001234");
    }

    @Test
    void anInvalidCodeIsRejectedWithTheProtocolsReasonAndNoSubject() {
        Verdict v = pipeline.decide(scan("cccd-sex-mismatch"), Direction.IN);

        assertThat(v.reason()).isEqualTo(Reason.SEX_MISMATCH);
        assertThat(v.subject()).isNull();
    }

    @Test
    void aPersonOnTheDenyListIsTurnedAwayWhateverTheirCode() {
        deny.set(new DenyList(3, "pepper", Set.of(SubjectHash.of("pepper", "058190001234"))));

        assertThat(pipeline.decide(scan("cccd-ok-1"), Direction.IN).reason()).isEqualTo(Reason.DENYLISTED);
        assertThat(pipeline.decide(scan("pccovid-ok-cccd"), Direction.IN).reason()).isEqualTo(Reason.DENYLISTED);
        assertThat(pipeline.decide(scan("cccd-ok-no-cmnd"), Direction.IN).isAccepted()).isTrue();
    }

    @Test
    void theDenyListIsCheckedBeforeTheDuplicateWindow() {
        pipeline.decide(scan("cccd-ok-1"), Direction.IN);
        deny.set(new DenyList(4, "s", Set.of(SubjectHash.of("s", "058190001234"))));

        assertThat(pipeline.decide(scan("cccd-ok-1"), Direction.IN).reason()).isEqualTo(Reason.DENYLISTED);
    }

    @Test
    void aSecondScanOfTheSamePersonIsADuplicateAcrossCodeKinds() {
        assertThat(pipeline.decide(scan("cccd-ok-1"), Direction.IN).isAccepted()).isTrue();

        // The same person's PC-COVID code names the same CCCD number.
        Verdict again = pipeline.decide(scan("pccovid-ok-cccd"), Direction.IN);
        assertThat(again.reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(again.detail()).doesNotContain("058190001234");
    }

    @Test
    void warningsTravelWithTheAcceptance() {
        assertThat(pipeline.decide(scan("bhyt15-ok-expired"), Direction.IN).warnings()).containsExactly(Warning.CARD_EXPIRED);
    }

    @Test
    void aNewValidatorTakesEffectOnTheNextScan() {
        AtomicReference<CodeValidator> validator = new AtomicReference<>(new CodeValidator(clock));
        DecisionPipeline p = new DecisionPipeline(validator::get, DenyList::empty, DuplicateWindow.disabled(), clock);
        assertThat(p.decide(scan("qg1-ok"), Direction.IN).reason()).isEqualTo(Reason.UNKNOWN_KEY);

        validator.set(TestVectors.validator());
        assertThat(p.decide(scan("qg1-ok"), Direction.IN).isAccepted()).isTrue();
    }

    @Test
    void rawBytesThatAreNotUtf8AreRejectedBeforeClassification() {
        RawScan scan = new RawScan("Tr\u1EA7n".getBytes(StandardCharsets.UTF_16LE), ScanSource.SERIAL,
                clock.instant(), 0);
        Verdict v = pipeline.decide(scan, Direction.IN);
        assertThat(v.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(v.isAccepted()).isFalse();
    }

    // A plausible CCCD after a wedge dropped its letters (Nguyễn Văn An, Số 5 Phố Huế, Hà Nội): every
    // check passes, so only the way it came in gives it away.
    private static final String ASCII_CCCD = "001090001234||Nguyn Vn An|12031990|Nam|S 5 Ph Hu, H Ni|20042021";

    private RawScan typed(String text, ScanSource source) {
        return new RawScan(text.getBytes(StandardCharsets.UTF_8), source, clock.instant(), 0);
    }

    @Test
    void a_pure_ascii_cccd_from_a_keyboard_wedge_is_rejected_as_malformed_with_the_serial_mode_advice() {
        Verdict v = pipeline.decide(typed(ASCII_CCCD, ScanSource.HID), Direction.IN);

        assertThat(v.isAccepted()).isFalse();
        assertThat(v.kind()).isEqualTo(Kind.CCCD);
        assertThat(v.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(v.detail()).endsWith("set the reader to USB-COM/serial mode").doesNotContain("001090001234");
    }

    @Test
    void the_same_pure_ascii_cccd_from_a_serial_reader_is_accepted() {
        assertThat(pipeline.decide(typed(ASCII_CCCD, ScanSource.SERIAL), Direction.IN).isAccepted()).isTrue();
    }

    @Test
    void a_wedge_cccd_that_lost_a_letter_of_its_sex_word_gets_the_wedge_advice_rather_than_the_field_error() {
        String nuDropped = "058190001234||Trn Th Bnh|05071990|N|Ninh Thun|15082021";

        Verdict v = pipeline.decide(typed(nuDropped, ScanSource.HID), Direction.IN);

        assertThat(v.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(v.detail()).isEqualTo(DecisionPipeline.WEDGE_DROPPED_LETTERS);
    }

    @Test
    void a_wedge_cccd_with_question_marks_keeps_the_parsers_own_wedge_hint() {
        Verdict v = pipeline.decide(new RawScan(TestVectors.row("wedge-mangled-cccd").input(), ScanSource.HID,
                clock.instant(), 0), Direction.IN);

        assertThat(v.reason()).isEqualTo(Reason.MALFORMED);
        assertThat(v.detail()).contains("'?'").endsWith("set the reader to USB-COM/serial mode");
    }

    @Test
    void a_cccd_with_vietnamese_letters_from_a_keyboard_is_judged_like_any_other() {
        Verdict v = pipeline.decide(new RawScan(TestVectors.row("cccd-ok-1").input(), ScanSource.HID,
                clock.instant(), 0), Direction.IN);

        assertThat(v.isAccepted()).isTrue();
    }

    @Test
    void a_pure_ascii_pc_covid_code_from_a_keyboard_is_accepted_because_its_names_have_no_diacritics() {
        Verdict v = pipeline.decide(new RawScan(TestVectors.row("pccovid-ok-cccd").input(), ScanSource.HID,
                clock.instant(), 0), Direction.IN);

        assertThat(v.isAccepted()).isTrue();
    }
}
