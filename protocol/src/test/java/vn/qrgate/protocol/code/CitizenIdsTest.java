package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.protocol.subject.DocumentType;

class CitizenIdsTest {

    @ParameterizedTest
    @CsvSource({"058190001234, CCCD", "001090000001, CCCD", "123456789, CMND"})
    void twelve_digits_with_a_province_are_a_cccd_and_nine_digits_a_cmnd(String number, DocumentType type) {
        assertThat(CitizenIds.typeOf(number)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "158190001234", "099190001234", "05819000123X",
            "C1234567", " 058190001234", "０５８１９０００１２３４"})
    void other_shapes_are_not_citizen_ids(String number) {
        assertThat(CitizenIds.typeOf(number)).isEmpty();
    }
}
