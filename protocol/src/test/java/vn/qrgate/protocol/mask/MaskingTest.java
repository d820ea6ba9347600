package vn.qrgate.protocol.mask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

class MaskingTest {

    @Test
    void theDesignsExamplesMaskAsWritten() {
        assertThat(Masking.documentNumber("058190001234")).isEqualTo("******001234");
        assertThat(Masking.birthDate(LocalDate.of(1990, 7, 5))).isEqualTo("**/**/1990");
        assertThat(Masking.name("Trần Thị Bình")).isEqualTo("T. T. BÌNH");
        assertThat(Masking.phone("0900000000")).isEqualTo("09******00");
    }

    @Test
    void shorterDocumentNumbersStillHideMostOfThemselves() {
        assertThat(Masking.documentNumber("260123456")).isEqualTo("******456");
        assertThat(Masking.documentNumber("C1234567")).isEqualTo("******67");
        assertThat(Masking.documentNumber("1234567")).isEqualTo("*****67");
        assertThat(Masking.documentNumber("1234")).isEqualTo("***4");
        assertThat(Masking.documentNumber("12")).isEqualTo("**");
    }

    @Test
    void namesAreInitialsThenTheGivenNameInCapitals() {
        assertThat(Masking.name("Đặng  Văn   Đức ")).isEqualTo("Đ. V. ĐỨC");
        assertThat(Masking.name("NGUYEN VAN AN")).isEqualTo("N. V. AN");
        assertThat(Masking.name("Madonna")).isEqualTo("MADONNA");
    }

    @Test
    void aMaskedSubjectCarriesNoFullValue() {
        Identity who = new Identity(DocumentType.CCCD, "058190001234", "Trần Thị Bình", LocalDate.of(1990, 7, 5),
                Sex.FEMALE, "0912345678");

        MaskedSubject m = Masking.mask(who);

        assertThat(m.documentNumber()).isEqualTo("******001234");
        assertThat(m.name()).isEqualTo("T. T. BÌNH");
        assertThat(m.birthDate()).isEqualTo("**/**/1990");
        assertThat(m.phone()).contains("09******78");
        assertThat(m.toString()).doesNotContain("058190", "Trần", "07-05", "0912345678");
    }

    @Test
    void noPhoneMeansNoMaskedPhone() {
        Identity who = new Identity(DocumentType.CMND, "260123456", "A B", LocalDate.of(1990, 7, 5), null, null);
        assertThat(Masking.mask(who).phone()).isEqualTo(Optional.empty());
    }
}
