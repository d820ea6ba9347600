package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.reader.config.ConfigLoaderTest.errors;
import static vn.qrgate.reader.config.ConfigLoaderTest.valid;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.protocol.event.Direction;

/** The rules that span sections: mode and direction against the board, inputs against reader profiles, mqtt. */
class ConfigRulesTest {

    @TempDir
    Path root;

    private ConfigLoad with(String board, String mode, String direction, String extra) {
        return new Kiosk(root).parse(Kiosk.minimal()
                .replace("board: simulated", "board: " + board)
                .replace("mode: gate", "mode: " + mode)
                .replace("direction: IN", "direction: " + direction) + extra);
    }

    @Test
    void switchDirectionNeedsADirectionSwitchOnTheBoardOrInTheOverrides() {
        List<ConfigError> errors = errors(with("relay-hat-gate", "gate", "SWITCH", ""));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("direction");
            assertThat(e.value()).isEqualTo("SWITCH");
            assertThat(e.rule()).contains("relay-hat-gate").contains("outputs.directionSwitch");
        });
        ReaderConfig withSwitch = valid(with("relay-hat-gate", "gate", "SWITCH", "outputs: {directionSwitch: 16}\n"));
        assertThat(withSwitch.outputs().pins().directionSwitch()).contains(new SwitchPin(16, SwitchPin.Pull.UP, true));
    }

    @Test
    void aHandheldWithoutABuzzerIsRefused() {
        List<ConfigError> errors = errors(with("handheld-switch-buzzer", "handheld", "SWITCH", "outputs: {buzzer: none}\n"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("mode");
            assertThat(e.rule()).contains("needs a buzzer");
        });
    }

    @Test
    void aGateWithoutARelayIsRefused() {
        assertThat(errors(with("handheld-switch-buzzer", "gate", "IN", ""))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("needs a relay"));
    }

    @Test
    void theSimulatedBoardIsAcceptedInEveryModeAndDirection() {
        for (String mode : List.of("gate", "handheld")) {
            for (String direction : List.of("IN", "OUT", "SWITCH")) {
                assertThat(with("simulated", mode, direction, "")).isInstanceOf(ConfigLoad.Valid.class);
            }
        }
    }

    @Test
    void anOverrideKeepsWhatItDoesNotRestateFromTheBoard() {
        ReaderConfig config = valid(with("relay-hat-gate", "gate", "IN", "outputs: {relay: {pin: 17}, relayPulse: 2s}\n"));

        assertThat(config.outputs().pins().relay()).contains(new OutputPin(17, true));
        assertThat(config.outputs().relayPulse()).contains(java.time.Duration.ofSeconds(2));
        assertThat(config.outputs().pins().greenLed()).contains(new OutputPin(5, false));
    }

    @Test
    void twoPartsOnOnePinIsAnErrorOnTheOverride() {
        List<ConfigError> errors = errors(with("relay-hat-gate", "gate", "IN", "outputs: {greenLed: 26}\n"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("outputs.greenLed");
            assertThat(e.rule()).contains("the same pin as relay");
        });
    }

    @Test
    void aPinOutsideTheHeaderIsRefusedWithTheAllowedRange() {
        assertThat(errors(with("relay-hat-gate", "gate", "IN", "outputs: {buzzer: {pin: 40}}\n"))).singleElement()
                .satisfies(e -> {
                    assertThat(e.key()).isEqualTo("outputs.buzzer.pin");
                    assertThat(e.rule()).contains("0 to 27").contains("not the header pin number");
                });
    }

    @Test
    void theDirectionSwitchMapsItsLevelToADirection() {
        SwitchPin pin = new SwitchPin(17, SwitchPin.Pull.UP, true);

        assertThat(pin.directionFor(true)).isEqualTo(Direction.IN);
        assertThat(pin.directionFor(false)).isEqualTo(Direction.OUT);
    }

    private ConfigLoad serial(String input) {
        return new Kiosk(root).parse(Kiosk.minimal().replace("  - {type: stdin}", "  - " + input));
    }

    @Test
    void aSerialInputTakesTheReaderProfileFramingWithItsOverrides() {
        ReaderConfig config = valid(serial("{type: serial, reader: newland-rs232, port: /dev/ttyUSB0, baud: 19200, "
                + "suffix: crlf}"));

        assertThat(config.inputs()).singleElement().isInstanceOfSatisfying(InputConfig.Serial.class, s -> {
            assertThat(s.framing()).hasToString("19200 8N1");
            assertThat(s.suffix()).isEqualTo(Suffix.CRLF);
        });
    }

    @Test
    void aSerialInputNeedsEitherAPortOrAUsbIdButNotBoth() {
        assertThat(errors(serial("{type: serial, reader: newland-rs232}"))).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("inputs[1].port"));
        assertThat(errors(serial("{type: serial, reader: newland-rs232, port: /dev/ttyUSB0, "
                + "usb: {vendorId: 0403, productId: 6001}}"))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("either port or usb"));
    }

    @Test
    void usbIdsAreHexWithOrWithoutTheLeadingZeroX() {
        ReaderConfig config = valid(serial("{type: serial, reader: newland-rs232, usb: {vendorId: 0403, "
                + "productId: 0x6001}}"));

        assertThat(((InputConfig.Serial) config.inputs().get(0)).usb()).contains(new UsbId(0x0403, 0x6001));
    }

    @Test
    void aKeyboardWedgeReaderCannotBeASerialInput() {
        assertThat(errors(serial("{type: serial, reader: generic-keyboard-wedge, port: /dev/ttyACM0}"))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("USB serial"));
        assertThat(errors(serial("{type: keyboard-wedge, reader: newland-rs232, device: /dev/input/event3}")))
                .singleElement().satisfies(e -> assertThat(e.rule()).contains("is a serial profile")
                        .contains("keyboard-wedge profile"));
    }

    @Test
    void anUnknownReaderProfileSuggestsTheNearestAndListsTheKnownOnes() {
        assertThat(errors(serial("{type: serial, reader: zebra-ds2280-usb-cdc, port: /dev/ttyACM0}"))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("did you mean 'zebra-ds2208-usb-cdc'?")
                        .contains("known: generic-keyboard-wedge"));
    }

    @Test
    void theSameReaderListedTwiceIsAnError() {
        ConfigLoad load = new Kiosk(root).parse(Kiosk.minimal() .replace("  - {type: stdin}",
                "  - {type: serial, reader: newland-rs232, port: /dev/ttyUSB0}\n"
                        + "  - {type: serial, reader: simulated, port: /dev/ttyUSB0}"));

        assertThat(errors(load)).singleElement().satisfies(e -> assertThat(e.key()).isEqualTo("inputs[2]"));
    }

    @Test
    void mqttTlsFilesNeedATlsAddressAndACertNeedsItsKey() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal() + """
                mqtt:
                  uri: tcp://gw.local:1883
                  caFile: /etc/qrgate/ca.pem
                  clientCert: /etc/qrgate/ca.pem
                  reconnectMin: 10s
                  reconnectMax: 5s
                """));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("mqtt.caFile", "mqtt.clientCert",
                "mqtt.clientKey", "mqtt.reconnectMax");
    }

    @Test
    void anUnquotedPlaceholderInsideBracesGetsAHintToQuoteIt() {
        List<ConfigError> errors = errors(new Kiosk(root).parse(Kiosk.minimal()
                + "mqtt: {uri: tcp://gw.local, username: u, password: ${ENV:QRGATE_MQTT_PASSWORD}}\n"));

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.rule()).contains("in quotes"));
    }

    @Test
    void aCrossSectionErrorIsStillReportedWhenAnUnrelatedOverrideIsWrong() {
        List<ConfigError> errors = errors(with("relay-hat-gate", "gate", "SWITCH", "outputs: {greenLed: 26}\n"));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("direction", "outputs.greenLed");
    }

    @Test
    void aBadDirectionSwitchOverrideIsReportedOnceNotAgainAsAMissingSwitch() {
        List<ConfigError> errors = errors(with("relay-hat-gate", "gate", "SWITCH",
                "outputs: {directionSwitch: {pin: 99}}\n"));

        assertThat(errors).extracting(ConfigError::key).containsExactly("outputs.directionSwitch.pin");
    }
}
