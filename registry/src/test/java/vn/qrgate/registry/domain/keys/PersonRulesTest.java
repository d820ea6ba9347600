package vn.qrgate.registry.domain.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void document_numbers_are_cccd_with_a_province_or_cmnd() {
        assertThat(PersonRules.documentNumberValid("001203004567")).isTrue();
        assertThat(PersonRules.documentNumberValid("260123456")).isTrue();
        assertThat(PersonRules.documentNumberValid("991203004567")).isFalse();
        assertThat(PersonRules.documentNumberValid("B1234567")).isFalse();
        assertThat(PersonRules.documentNumberValid(null)).isFalse();
    }

    @Test
    void names_are_nfc_letters_and_single_spaces() {
        assertThat(PersonRules.nameValid("Nguyễn Văn An")).isTrue();
        assertThat(PersonRules.nameValid("A".repeat(100))).isTrue();
        assertThat(PersonRules.nameValid("A".repeat(101))).isFalse();
        assertThat(PersonRules.nameValid(Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD))).isFalse();
        assertThat(PersonRules.nameValid("")).isFalse();
        assertThat(PersonRules.nameValid(" An")).isFalse();
        assertThat(PersonRules.nameValid("Văn  An")).isFalse();
        assertThat(PersonRules.nameValid("An2")).isFalse();
        assertThat(PersonRules.nameValid("An\n")).isFalse();
    }

    @Test
    void birth_dates_are_real_past_iso_dates() {
        assertThat(PersonRules.birthDate("1990-07-05", TODAY)).contains(LocalDate.of(1990, 7, 5));
        assertThat(PersonRules.birthDate("2026-11-29", TODAY)).isEmpty();
        assertThat(PersonRules.birthDate("2023-02-29", TODAY)).isEmpty();
        assertThat(PersonRules.birthDate("05/07/1990", TODAY)).isEmpty();
        assertThat(PersonRules.birthDate("1990-7-5", TODAY)).isEmpty();
    }
}
