package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    /** One unit per code point, as if every letter were as wide as every other. */
    private static final ToDoubleFunction<String> MONOSPACE = s -> s.codePointCount(0, s.length());

    @Test
    void words_go_on_a_line_while_they_fit_and_break_at_spaces() {
        List<String> lines = LineWrapper.wrap("Chợ Bến Thành Khu A Quận 1", 10, MONOSPACE);

        assertThat(lines).containsExactly("Chợ Bến", "Thành Khu", "A Quận 1");
    }

    @Test
    void text_that_fits_stays_on_one_line() {
        assertThat(LineWrapper.wrap("Chợ Bến Thành", 13, MONOSPACE)).containsExactly("Chợ Bến Thành");
    }

    @Test
    void a_word_longer_than_a_line_is_split_between_letters_and_nothing_is_lost() {
        List<String> lines = LineWrapper.wrap("Nhà ThươngmạiĐồngKhánh số 1", 8, MONOSPACE);

        assertThat(lines).containsExactly("Nhà", "Thươngmạ", "iĐồngKhá", "nh số 1");
    }

    @Test
    void a_letter_with_a_separate_tone_mark_is_never_split_from_it() {
        // "ệ" written as e + circumflex + dot below: one letter, three code points.
        String decomposed = "Vie\u0302\u0323t";
        List<String> lines = LineWrapper.wrap(decomposed, 2, MONOSPACE);

        assertThat(String.join("", lines)).isEqualTo(decomposed);
        assertThat(lines).noneMatch(l -> Character.getType(l.codePointAt(0)) == Character.NON_SPACING_MARK);
    }

    @Property(tries = 300)
    void every_character_is_kept_and_no_line_is_wider_than_the_box_unless_one_letter_is(
            @ForAll @AlphaChars @Chars({' ', 'ợ', 'Đ', 'ầ'}) @StringLength(min = 1, max = 200) String text,
            @ForAll @IntRange(min = 1, max = 40) int width) {
        List<String> lines = LineWrapper.wrap(text, width, MONOSPACE);

        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines).allMatch(l -> MONOSPACE.applyAsDouble(l) <= width || l.codePointCount(0, l.length()) == 1);
        assertThat(lines.size()).isGreaterThanOrEqualTo(1);
    }
}
