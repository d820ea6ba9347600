package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.config.Secret;
import vn.qrgate.reader.domain.FullPolicy;

/** The config records check themselves when built, so code that makes one by hand cannot make a bad one. */
class RecordsTest {

    private static final ReaderProfile WEDGE = new ReaderProfile("wedge", "Wedge", "any", "any",
            ReaderProfile.Connection.KEYBOARD_WEDGE, Optional.empty(), Optional.empty(), Optional.empty(), Suffix.CR, false, "none",
            Optional.empty());

    @Test
    void anOutboxWithNoCapacityOrAFullPercentOutsideOneToNinetyNineCannotBeMade() {
        assertThatThrownBy(() -> new OutboxConfig(Path.of("/o.db"), 0, FullPolicy.REFUSE_NEW_SCANS, 1 << 20, 80))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxConfig(Path.of("/o.db"), 10, FullPolicy.REFUSE_NEW_SCANS, 1 << 20, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OutboxConfig(Path.of("/o.db"), 200, FullPolicy.REFUSE_NEW_SCANS, 1 << 20, 80).nearlyFullAt())
                .isEqualTo(160);
    }

    @Test
    void aSerialInputNeedsASerialProfileAndExactlyOneOfPortAndUsb() {
        assertThatThrownBy(() -> new InputConfig.Serial(WEDGE, Optional.of(Path.of("/dev/ttyACM0")), Optional.empty(),
                new SerialFraming(9600, 8, SerialFraming.Parity.NONE, SerialFraming.StopBits.ONE), Suffix.CR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPinOutsideTheHeaderCannotBeMade() {
        assertThatThrownBy(() -> new OutputPin(28, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputsHaveARelayPulseExactlyWhenTheyHaveARelay() {
        assertThatThrownBy(() -> new Outputs(Pins.NONE, Optional.of(Duration.ofMillis(800))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMqttPasswordPrintsAsStarsEvenInsideTheWholeRecord() {
        MqttConfig mqtt = new MqttConfig(URI.create("ssl://user:pw@gw.local:8883"), Optional.empty(),
                Optional.of("kiosk-001"), Optional.of(new Secret("hunter2")), Optional.empty(), Optional.empty(), 100,
                65536, 4, Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(mqtt.toString()).doesNotContain("hunter2").contains("***");
        assertThat(mqtt.shownUri()).isEqualTo("ssl://***@gw.local:8883");
    }
}
