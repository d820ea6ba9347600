package vn.qrgate.reader.adapter.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.context.Context;
import com.pi4j.io.IOType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pi4jContextsTest {

    @Test
    void the_hardware_context_drives_digital_io_through_gpiod_not_the_in_memory_raspberrypi_stubs() {
        Context pi4j = Pi4jContexts.forHardware();
        try {
            assertThat(pi4j.provider(IOType.DIGITAL_OUTPUT).id()).isEqualTo("gpiod-digital-output");
            assertThat(pi4j.provider(IOType.DIGITAL_INPUT).id()).isEqualTo("gpiod-digital-input");
            assertThat(pi4j.hasProvider("raspberrypi-digital-output")).isFalse();
        } finally {
            pi4j.shutdown();
        }
    }

    @Test
    void without_a_gpio_chip_claiming_the_relay_fails_naming_the_pin() {
        assumeFalse(Files.exists(Path.of("/dev/gpiochip0")), "this machine has real GPIO");
        Context pi4j = Pi4jContexts.forHardware();
        GpioPins pins = GpioPins.builder().relay(17).greenLed(27).redLed(22).build();

        assertThatThrownBy(() -> new Pi4jGateActuator(pi4j, pins, Signals.DEFAULTS, true))
                .isInstanceOf(GpioHardwareException.class)
                .hasMessageContaining("GPIO 17 (relay)")
                .hasMessageContaining("gpiochip");
        assertThat(pi4j.isShutdown()).as("an owned context is not left behind").isTrue();
    }
}
