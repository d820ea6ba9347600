package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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

    @ParameterizedTest
    @CsvSource({"058190001234, 1990-07-05, true", "058190001234, 1991-07-05, false", "058390001234, 1990-07-05, false",
            "058205001234, 2005-01-01, true", "058305001234, 2005-01-01, true", "058105001234, 2005-01-01, false",
            "123456789, 1950-01-01, true", "12345, 1950-01-01, false"})
    void a_cccd_number_agrees_with_a_birth_date_when_its_century_and_year_digits_give_that_year(
            String number, LocalDate birth, boolean agrees) {
        assertThat(CitizenIds.agreesWithBirthDate(number, birth)).isEqualTo(agrees);
    }
}
