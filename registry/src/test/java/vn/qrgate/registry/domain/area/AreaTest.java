package vn.qrgate.registry.domain.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaTest {

    private static final AreaLevel PROVINCE = new AreaLevel(1, "province");
    private static final AreaLevel WARD = new AreaLevel(2, "ward");

    @Test
    void codes_are_digit_strings_whose_leading_zeros_are_kept() {
        Area hanoi = Area.top("01", "Thành phố Hà Nội", "Thành phố Trung ương", PROVINCE);

        assertThat(hanoi.code()).isEqualTo("01");
        assertThat(Area.codeProblem("0x1")).hasValueSatisfying(p -> assertThat(p).contains("'0x1'", "digits"));
        assertThat(Area.codeProblem("")).isPresent();
        assertThat(Area.codeProblem("1234567890123")).isPresent();
        assertThatThrownBy(() -> Area.top("A1", "Hà Nội", "Tỉnh", PROVINCE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code").hasMessageContaining("'A1'");
    }

    @Test
    void names_must_be_non_blank_trimmed_printable_nfc_text() {
        String decomposed = Normalizer.normalize("Phường Phúc Xá", Normalizer.Form.NFD);

        assertThat(Area.textProblem(" ")).hasValue("must not be blank");
        assertThat(Area.textProblem(" Xã Hòa Bắc")).hasValueSatisfying(p -> assertThat(p).contains("spaces"));
        assertThat(Area.textProblem("Xã\tHòa")).hasValueSatisfying(p -> assertThat(p).contains("control character"));
        assertThat(Area.textProblem(decomposed)).hasValueSatisfying(p -> assertThat(p).contains("NFC"));
        assertThat(Area.textProblem("x".repeat(201))).hasValueSatisfying(p -> assertThat(p).contains("201", "200"));
        assertThat(Area.textProblem("Phường Phúc Xá")).isEmpty();
        assertThatThrownBy(() -> Area.under("01", "00001", decomposed, "Phường", WARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("area name");
    }

    @Test
    void only_a_top_level_area_has_no_parent() {
        assertThatThrownBy(() -> new Area("00001", "Phường Phúc Xá", "Phường", WARD, Optional.empty()))
                .hasMessageContaining("must have a parent");
        assertThatThrownBy(() -> new Area("01", "Hà Nội", "Tỉnh", PROVINCE, Optional.of("02")))
                .hasMessageContaining("must have no parent");
        assertThatThrownBy(() -> Area.under("00001", "00001", "Phường Phúc Xá", "Phường", WARD))
                .hasMessageContaining("own parent");
    }

    @Test
    void level_names_are_lower_case_identifiers_and_depths_start_at_one() {
        assertThat(new AreaLevel(3, "ward").isTop()).isFalse();
        assertThatThrownBy(() -> new AreaLevel(0, "province")).hasMessageContaining("1 or more");
        assertThatThrownBy(() -> new AreaLevel(1, "Tỉnh")).hasMessageContaining("must match");
    }

    @Test
    void an_edition_lists_parents_before_children_one_level_up_and_counts_each_level() {
        Area hanoi = Area.top("01", "Thành phố Hà Nội", "Thành phố Trung ương", PROVINCE);
        Area phucXa = Area.under("01", "00001", "Phường Phúc Xá", "Phường", WARD);
        Area trucBach = Area.under("01", "00004", "Phường Trúc Bạch", "Phường", WARD);

        AreaEdition edition = new AreaEdition(List.of(PROVINCE, WARD), List.of(hanoi, phucXa, trucBach));

        assertThat(edition.counts()).containsExactly(new LevelCount(PROVINCE, 1), new LevelCount(WARD, 2));
        assertThatThrownBy(() -> new AreaEdition(List.of(PROVINCE, WARD), List.of(phucXa, hanoi)))
                .hasMessageContaining("needs its parent 01");
        assertThatThrownBy(() -> new AreaEdition(List.of(PROVINCE, WARD), List.of(hanoi, phucXa, phucXa)))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new AreaEdition(List.of(WARD), List.of()))
                .hasMessageContaining("numbered 1..1");
    }
}
