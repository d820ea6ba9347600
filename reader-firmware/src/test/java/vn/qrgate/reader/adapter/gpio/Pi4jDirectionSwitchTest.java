package vn.qrgate.reader.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.reader.adapter.gpio.GpioPins.Level;
import vn.qrgate.reader.adapter.gpio.GpioPins.Pull;
import vn.qrgate.reader.adapter.gpio.GpioPins.SwitchPin;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pi4jDirectionSwitchTest {

    private final Context pi4j = MockPi4j.newContext();

    @AfterEach
    void tearDown() {
        pi4j.shutdown();
    }

    private MockDigitalInput input() {
        return pi4j.io(Pi4jDirectionSwitch.IO_ID, MockDigitalInput.class);
    }

    @Test
    void a_switch_to_ground_reads_in_when_open_and_out_when_closed() {
        Pi4jDirectionSwitch direction = new Pi4jDirectionSwitch(pi4j, SwitchPin.toGround(25));

        input().mockState(DigitalState.HIGH);
        assertThat(direction.current()).isEqualTo(Direction.IN);

        input().mockState(DigitalState.LOW);
        assertThat(direction.current()).isEqualTo(Direction.OUT);

        input().mockState(DigitalState.HIGH);
        assertThat(direction.current()).isEqualTo(Direction.IN);
    }

    @Test
    void the_configured_level_decides_which_way_is_in() {
        Pi4jDirectionSwitch direction = new Pi4jDirectionSwitch(pi4j, new SwitchPin(25, Pull.DOWN, Level.LOW));

        input().mockState(DigitalState.LOW);
        assertThat(direction.current()).isEqualTo(Direction.IN);

        input().mockState(DigitalState.HIGH);
        assertThat(direction.current()).isEqualTo(Direction.OUT);
    }

    @Test
    void the_input_is_set_up_with_pull_and_debounce_from_the_wiring() {
        new Pi4jDirectionSwitch(pi4j, new SwitchPin(25, Pull.DOWN, Level.HIGH));

        DigitalInput input = input();
        assertThat(input.config().address()).isEqualTo(25);
        assertThat(input.config().pull()).isEqualTo(PullResistance.PULL_DOWN);
        long debounceMicros = Pi4jDirectionSwitch.DEBOUNCE.toNanos() / 1000;
        assertThat(input.config().debounce()).as("Pi4J counts microseconds").isEqualTo(debounceMicros);
    }

    @Test
    void it_is_built_from_the_board_wiring_and_refuses_a_board_without_a_switch() {
        GpioPins.Builder board = GpioPins.builder().relay(17).greenLed(27).redLed(22);

        GpioPins withSwitch = board.directionSwitch(SwitchPin.toGround(25)).build();
        Pi4jDirectionSwitch direction = new Pi4jDirectionSwitch(pi4j, withSwitch);
        input().mockState(DigitalState.LOW);
        assertThat(direction.current()).isEqualTo(Direction.OUT);

        GpioPins noSwitch = GpioPins.builder().relay(17).greenLed(27).redLed(22).build();
        assertThatThrownBy(() -> new Pi4jDirectionSwitch(pi4j, noSwitch))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("directionSwitch = missing");
    }

    @Test
    void close_releases_the_input_so_it_can_be_claimed_again() {
        Pi4jDirectionSwitch first = new Pi4jDirectionSwitch(pi4j, SwitchPin.toGround(25));

        first.close();

        assertThat(pi4j.hasIO(Pi4jDirectionSwitch.IO_ID)).isFalse();
        Pi4jDirectionSwitch second = new Pi4jDirectionSwitch(pi4j, SwitchPin.toGround(25));
        input().mockState(DigitalState.HIGH);
        assertThat(second.current()).isEqualTo(Direction.IN);

        first.close();
        assertThat(pi4j.hasIO(Pi4jDirectionSwitch.IO_ID)).as("a second close leaves the new owner alone").isTrue();
    }
}
