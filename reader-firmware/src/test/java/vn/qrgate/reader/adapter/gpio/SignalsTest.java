package vn.qrgate.reader.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SignalsTest {

    @Test
    void the_defaults_are_the_product_signals() {
        Signals signals = Signals.DEFAULTS;

        assertThat(signals.acceptBeep()).hasMillis(80);
        assertThat(signals.rejectLight()).hasMillis(1500);
        assertThat(signals.rejectBeep()).hasMillis(600);
        assertThat(signals.alarmBlinkOn()).hasMillis(250);
        assertThat(signals.alarmBlinkOff()).hasMillis(750);
        assertThat(signals.alarmBeeps()).isEqualTo(3);
        assertThat(signals.rejectBeep()).as("long and short beeps must be told apart")
                .isGreaterThan(signals.acceptBeep().multipliedBy(5));
    }

    @Test
    void the_alarm_pattern_length_counts_beeps_and_the_gaps_between_them() {
        assertThat(Signals.DEFAULTS.alarmPattern()).hasMillis(3 * 120 + 2 * 120);
    }

    @Test
    void a_zero_or_absurd_duration_is_rejected_naming_the_setting() {
        assertThatThrownBy(() -> new Signals(Duration.ZERO, Signals.REJECT_LIGHT, Signals.REJECT_BEEP,
                Signals.ALARM_BLINK_ON, Signals.ALARM_BLINK_OFF, Signals.ALARM_BEEP, Signals.ALARM_BEEP_GAP, 3))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("acceptBeep = 0 ms");
        assertThatThrownBy(() -> new Signals(Signals.ACCEPT_BEEP, Duration.ofMinutes(1), Signals.REJECT_BEEP,
                Signals.ALARM_BLINK_ON, Signals.ALARM_BLINK_OFF, Signals.ALARM_BEEP, Signals.ALARM_BEEP_GAP, 3))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("rejectLight");
    }

    @Test
    void the_alarm_beeps_one_to_five_times() {
        assertThatThrownBy(() -> new Signals(Signals.ACCEPT_BEEP, Signals.REJECT_LIGHT, Signals.REJECT_BEEP,
                Signals.ALARM_BLINK_ON, Signals.ALARM_BLINK_OFF, Signals.ALARM_BEEP, Signals.ALARM_BEEP_GAP, 0))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("alarmBeeps = 0");
    }
}
