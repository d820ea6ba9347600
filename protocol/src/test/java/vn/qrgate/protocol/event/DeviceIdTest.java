package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "gate-01", "0bus-29b-12345", "a--", "9z9"})
    void accepts_lowercase_letters_digits_and_inner_hyphens(String value) {
        assertThat(new DeviceId(value).value()).isEqualTo(value);
        assertThat(DeviceId.isValid(value)).isTrue();
    }

    @Test
    void accepts_up_to_64_characters_and_no_more() {
        assertThat(DeviceId.isValid("a".repeat(64))).isTrue();
        assertThat(DeviceId.isValid("a".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-abc", "Gate-01", "gate_01", "gate/01", "gate+", "gate#", "gâte", "gate 01"})
    void rejects_anything_else(String value) {
        assertThat(DeviceId.isValid(value)).isFalse();
        assertThatThrownBy(() -> new DeviceId(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_error_names_the_field_quotes_the_value_and_states_the_pattern() {
        assertThatThrownBy(() -> new DeviceId("Gate-01"))
                .hasMessageContaining("device id")
                .hasMessageContaining("\"Gate-01\"")
                .hasMessageContaining("[a-z0-9][a-z0-9-]{2,63}");
    }

    @Test
    void the_error_escapes_control_characters_and_shortens_long_values() {
        assertThatThrownBy(() -> new DeviceId("bad\nid" + "x".repeat(200)))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("\\u000a").hasSizeLessThan(200));
    }

    @Test
    void null_is_rejected_with_a_message_and_not_a_null_pointer() {
        assertThatThrownBy(() -> new DeviceId(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("device id must not be null");
    }

    @Test
    void prints_as_its_value_so_it_can_be_put_in_topics_and_logs() {
        assertThat(DeviceId.of("gate-01")).hasToString("gate-01");
    }
}
