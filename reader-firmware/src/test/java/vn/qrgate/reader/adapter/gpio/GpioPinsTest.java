package vn.qrgate.reader.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.gpio.GpioPins.Level;
import vn.qrgate.reader.adapter.gpio.GpioPins.OutputPin;
import vn.qrgate.reader.adapter.gpio.GpioPins.Pull;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GpioPinsTest {

    private static GpioPins.Builder board() {
        return GpioPins.builder().relay(17).greenLed(27).redLed(22);
    }

    @Test
    void a_minimal_board_needs_only_relay_and_two_leds_and_pulses_800_ms() {
        GpioPins pins = board().build();

        assertThat(pins.relay()).contains(OutputPin.activeHigh(17));
        assertThat(pins.buzzer()).isEmpty();
        assertThat(pins.statusLed()).isEmpty();
        assertThat(pins.directionSwitch()).isEmpty();
        assertThat(pins.relayPulse()).isEqualTo(Duration.ofMillis(800));
        assertThat(pins.outputs()).containsOnlyKeys("relay", "greenLed", "redLed");
    }

    @Test
    void a_full_board_lists_its_outputs_relay_first() {
        GpioPins pins = board().buzzer(23).statusLed(OutputPin.activeLow(24)).directionSwitch(25, Pull.UP, Level.LOW)
                .relayPulse(Duration.ofSeconds(2)).build();

        assertThat(pins.outputs().keySet()).containsExactly("relay", "greenLed", "redLed", "buzzer", "statusLed");
        assertThat(pins.statusLed()).contains(new OutputPin(24, true));
        assertThat(pins.directionSwitch()).contains(new GpioPins.SwitchPin(25, Pull.UP, Level.LOW));
    }

    @Test
    void the_same_pin_for_two_roles_is_rejected_naming_both() {
        assertThatThrownBy(() -> board().buzzer(27).build())
                .isInstanceOf(GpioSettingsException.class)
                .hasMessageContaining("greenLed")
                .hasMessageContaining("buzzer")
                .hasMessageContaining("GPIO 27")
                .satisfies(e -> assertThat(((GpioSettingsException) e).setting()).isEqualTo("buzzer"));
    }

    @Test
    void the_direction_switch_may_not_share_a_pin_with_an_output_either() {
        assertThatThrownBy(() -> board().directionSwitch(GpioPins.SwitchPin.toGround(17)).build())
                .isInstanceOf(GpioSettingsException.class)
                .hasMessageContaining("relay")
                .hasMessageContaining("directionSwitch");
    }

    @Test
    void a_pin_outside_the_bcm_range_is_rejected_naming_the_role() {
        assertThatThrownBy(() -> board().statusLed(28))
                .isInstanceOf(GpioSettingsException.class)
                .hasMessageContaining("statusLed = 28")
                .hasMessageContaining("0..27");
        assertThatThrownBy(() -> OutputPin.activeHigh(-1)).isInstanceOf(GpioSettingsException.class);
    }

    @Test
    void a_handheld_without_a_relay_is_a_valid_board() {
        GpioPins handheld = GpioPins.builder().greenLed(23).redLed(24).buzzer(18).statusLed(25)
                .directionSwitch(GpioPins.SwitchPin.toGround(17)).build();

        assertThat(handheld.relay()).isEmpty();
        assertThat(handheld.outputs().keySet()).containsExactly("greenLed", "redLed", "buzzer", "statusLed");
    }

    @Test
    void a_missing_led_is_reported_as_missing() {
        assertThatThrownBy(() -> GpioPins.builder().relay(17).redLed(22).build())
                .isInstanceOf(GpioSettingsException.class)
                .hasMessageContaining("greenLed = missing");
        assertThatThrownBy(() -> GpioPins.builder().relay(17).greenLed(27).build())
                .isInstanceOf(GpioSettingsException.class)
                .hasMessageContaining("redLed = missing");
    }

    @Test
    void the_relay_pulse_must_be_between_10_ms_and_10_s() {
        assertThat(board().relayPulse(Duration.ofMillis(10)).build().relayPulse()).hasMillis(10);
        assertThat(board().relayPulse(Duration.ofSeconds(10)).build().relayPulse()).hasSeconds(10);
        assertThatThrownBy(() -> board().relayPulse(Duration.ofMillis(9)).build())
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("relayPulse = 9 ms");
        assertThatThrownBy(() -> board().relayPulse(Duration.ofSeconds(11)).build())
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("relayPulse");
        assertThatThrownBy(() -> board().relayPulse(null).build())
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("relayPulse = missing");
    }

    @Test
    void a_switch_without_pull_or_level_is_rejected() {
        assertThatThrownBy(() -> new GpioPins.SwitchPin(25, null, Level.HIGH))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("directionSwitch.pull");
        assertThatThrownBy(() -> new GpioPins.SwitchPin(25, Pull.UP, null))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("directionSwitch.inLevel");
    }

    @Test
    void null_optionals_from_the_canonical_constructor_mean_not_wired() {
        GpioPins pins = new GpioPins(null, OutputPin.activeHigh(27), OutputPin.activeHigh(22),
                null, null, null, GpioPins.DEFAULT_RELAY_PULSE);

        assertThat(pins.relay()).isEqualTo(Optional.empty());
        assertThat(pins.buzzer()).isEmpty();
        assertThat(pins.directionSwitch()).isEmpty();
    }
}
