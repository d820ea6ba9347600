package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.reader.domain.FullPolicy;

class ExampleConfigsTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"gate-kiosk.yaml", "bus-handheld.yaml", "camera-kiosk.yaml"})
    void eachExampleConfigIsValidOnAKioskWithItsFilesInPlace(String example) {
        ConfigLoad load = new Kiosk(root).loader().load(Kiosk.EXAMPLES.resolve(example));

        assertThat(load).isInstanceOf(ConfigLoad.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate-kiosk.yaml", "bus-handheld.yaml", "camera-kiosk.yaml"})
    void eachExampleConfigIsValidWithTheProfilesBundledInTheJar(String example) {
        Kiosk kiosk = new Kiosk(root);
        ConfigLoad load = new ConfigLoader(kiosk.env, kiosk.files).load(Kiosk.EXAMPLES.resolve(example));

        assertThat(load).isInstanceOf(ConfigLoad.Valid.class);
    }

    @Test
    void theGateKioskExampleReadsAsAGateWithARelayAndTheMqttPasswordFromTheEnvironment() {
        ReaderConfig config = valid("gate-kiosk.yaml");

        assertThat(config.mode()).isEqualTo(Mode.GATE);
        assertThat(config.direction()).isEqualTo(DirectionSetting.IN);
        assertThat(config.outputs().pins().relay()).contains(new OutputPin(26, true));
        assertThat(config.outputs().relayPulse()).contains(java.time.Duration.ofMillis(800));
        assertThat(config.inputs()).singleElement().isInstanceOfSatisfying(InputConfig.Serial.class, serial -> {
            assertThat(serial.reader().id()).isEqualTo("honeywell-1450g-usb-serial");
            assertThat(serial.suffix()).isEqualTo(Suffix.CR);
            assertThat(serial.port()).isPresent();
        });
        assertThat(config.outbox().whenFull()).isEqualTo(FullPolicy.KEEP_UNTIL_DISK_FLOOR);
        assertThat(config.mqtt().orElseThrow().password().orElseThrow().reveal()).isEqualTo(Kiosk.PASSWORD);
    }

    @Test
    void theCameraKioskExampleReadsACameraAndAKeyboardWedgeReader() {
        ReaderConfig config = valid("camera-kiosk.yaml");

        assertThat(config.inputs()).hasSize(2);
        assertThat(config.inputs().get(0)).isInstanceOfSatisfying(InputConfig.Camera.class, camera -> {
            assertThat(camera.reader().id()).isEqualTo("pi-camera-rpicam");
            assertThat(camera.command()).startsWith("rpicam-vid");
        });
        assertThat(config.inputs().get(1)).isInstanceOfSatisfying(InputConfig.KeyboardWedge.class,
                wedge -> assertThat(wedge.grab()).isTrue());
    }

    @Test
    void theBusHandheldExampleReadsItsDirectionFromTheSwitchAndFindsTheReaderByUsbId() {
        ReaderConfig config = valid("bus-handheld.yaml");

        assertThat(config.mode()).isEqualTo(Mode.HANDHELD);
        assertThat(config.direction()).isEqualTo(DirectionSetting.SWITCH);
        assertThat(config.outputs().pins().directionSwitch()).isPresent();
        assertThat(config.outputs().pins().buzzer()).isPresent();
        assertThat(config.outputs().relayPulse()).isEmpty();
        assertThat(config.inputs()).singleElement().isInstanceOfSatisfying(InputConfig.Serial.class,
                serial -> assertThat(serial.usb()).contains(new UsbId(0x05e0, 0x1701)));
        assertThat(config.duplicateWindow()).hasSeconds(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate-kiosk.yaml", "bus-handheld.yaml", "camera-kiosk.yaml"})
    void linesMarkedDefaultInTheExamplesStateTheSameValuesTheCodeUses(String example) throws IOException {
        String text = Files.readString(Kiosk.EXAMPLES.resolve(example));
        String withoutDefaults = text.lines()
                .filter(line -> !line.matches(".*#\\s*default\\b.*") || line.strip().startsWith("#"))
                .collect(Collectors.joining("\n"));
        assertThat(withoutDefaults).isNotEqualTo(text);

        Kiosk kiosk = new Kiosk(root);
        ConfigLoad full = kiosk.parse(text);
        ConfigLoad stripped = kiosk.parse(withoutDefaults);

        assertThat(stripped).isInstanceOf(ConfigLoad.Valid.class).isEqualTo(full);
    }

    @Test
    void theReadmeDefaultsTableStatesTheSameValuesTheCodeUses() throws IOException {
        String readme = Files.readString(Kiosk.EXAMPLES.resolve("README.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| `([^`]+)` \\|").matcher(readme);
        Map<String, String> documented = new LinkedHashMap<>();
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }

        assertThat(documented).isEqualTo(Defaults.asConfigText());
    }

    private ReaderConfig valid(String example) {
        ConfigLoad load = new Kiosk(root).loader().load(Kiosk.EXAMPLES.resolve(example));
        assertThat(load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }
}
