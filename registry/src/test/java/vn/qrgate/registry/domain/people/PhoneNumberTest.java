package vn.qrgate.registry.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource({
        "0905123456, 0905123456",
        "+84905123456, 0905123456",
        "84905123456, 0905123456",
        "'0905 123 456', 0905123456",
        "'090.512.3456', 0905123456",
        "'+84 90-512-3456', 0905123456",
        "0312345678, 0312345678",
        "0512345678, 0512345678",
        "0712345678, 0712345678",
        "0812345678, 0812345678"})
    void every_written_form_of_a_mobile_number_becomes_the_national_form(String written, String national) {
        assertThat(PhoneNumber.parse(written).value()).isEqualTo(national);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "090512345", "09051234567", "0205123456", "0105123456", "0605123456",
        "+8490512345", "+1 202 555 0100", "0905abc456", "905123456"})
    void what_is_not_a_vietnamese_mobile_number_is_refused_without_quoting_it(String written) {
        assertThatThrownBy(() -> PhoneNumber.parse(written))
                .isInstanceOf(InvalidPhoneException.class)
                .hasMessageContaining("allowed: a Vietnamese mobile number")
                .satisfies(e -> {
                    if (written.strip().length() >= 6) {
                        assertThat(e.getMessage()).doesNotContain(written.strip());
                    }
                });
    }

    @Test
    void a_landline_prefix_is_named_in_the_error() {
        assertThatThrownBy(() -> PhoneNumber.parse("0243123456")).hasMessageContaining("starts with 02, not a mobile prefix");
    }

    @Test
    void masked_keeps_the_first_and_last_two_digits_as_design_section_7_says() {
        PhoneNumber phone = PhoneNumber.parse("0905123456");

        assertThat(phone.masked()).isEqualTo("09******56");
        assertThat(phone.toString()).isEqualTo("09******56");
    }

    @Test
    void the_national_and_international_forms_are_the_same_number() {
        assertThat(PhoneNumber.parse("+84 905 123 456")).isEqualTo(PhoneNumber.parse("0905123456"));
    }
}
