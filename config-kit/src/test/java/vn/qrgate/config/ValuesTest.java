package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private enum Parity { NONE, EVEN, ODD }

    @Test
    void wholeNumbersMayUseUnderscoresButNotCommasAndNeverOverflow() {
        assertThat(Values.integer(1L, 1_000_000L).parse("200_000")).isEqualTo(200_000L);
        assertThatThrownBy(() -> Values.integer(1L, 1_000_000L).parse("200,000")).hasMessage("a whole number from 1 to 1000000");
        assertThatThrownBy(() -> Values.integer(1L, 10L).parse("99999999999999999999999")).hasMessageContaining("whole");
    }

    @Test
    void a_grouped_number_too_long_for_a_long_gets_the_rule_not_a_number_format_message() {
        assertThatThrownBy(() -> Values.integer(1, 10).parse("1_000_000_000_000_000_000"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a whole number from 1 to 10");
    }

    @Test
    void names_match_whatever_the_case_and_a_near_miss_is_suggested() {
        Values.Parser<Parity> parity = Values.oneOf(Parity.class);
        assertThat(parity.parse("even")).isEqualTo(Parity.EVEN);
        assertThatThrownBy(() -> parity.parse("od")).hasMessage("one of NONE, EVEN, ODD; did you mean 'ODD'?");
        assertThat(Values.oneOf(List.of(7, 8), n -> "v" + n).parse("V8")).isEqualTo(8);
    }

    @Test
    void text_is_refused_when_blank_too_long_or_holding_control_characters() {
        Values.Parser<String> name = Values.text(5);
        assertThat(name.parse("Gate")).isEqualTo("Gate");
        for (String bad : new String[] {" ", "abcdef", "a\tb"}) {
            assertThatThrownBy(() -> name.parse(bad)).hasMessage("text of 1 to 5 characters, without control characters");
        }
    }

    @Test
    void durations_are_formatted_in_the_largest_unit_that_states_them_exactly() {
        assertThat(Values.formatDuration(Duration.ZERO)).isEqualTo("0s");
        assertThat(Values.formatDuration(Duration.ofMillis(800))).isEqualTo("800ms");
        assertThat(Values.formatDuration(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Values.formatDuration(Duration.ofDays(7))).isEqualTo("7d");
    }
}
