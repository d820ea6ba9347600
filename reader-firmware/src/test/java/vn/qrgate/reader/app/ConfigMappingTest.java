package vn.qrgate.reader.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.reader.adapter.camera.CameraSettings;
import vn.qrgate.reader.adapter.camera.PixelFormat;
import vn.qrgate.reader.adapter.camera.Region;
import vn.qrgate.reader.config.CameraProfile;
import vn.qrgate.reader.config.FrameRegion;
import vn.qrgate.reader.config.ReaderProfile;
import vn.qrgate.reader.adapter.evdev.SuffixKey;
import vn.qrgate.reader.adapter.evdev.WedgeSettings;
import vn.qrgate.reader.adapter.gpio.GpioPins;
import vn.qrgate.reader.adapter.mqtt.MqttSettings;
import vn.qrgate.reader.adapter.serial.SerialSettings;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.config.ConfigLoad;
import vn.qrgate.reader.config.ConfigLoader;
import vn.qrgate.reader.config.FileChecks;
import vn.qrgate.reader.config.HardwareProfiles;
import vn.qrgate.reader.config.InputConfig;
import vn.qrgate.reader.config.MqttConfig;
import vn.qrgate.reader.config.ReaderConfig;
import vn.qrgate.reader.domain.FullPolicy;

/** Whatever check-config accepts, the adapters accept too: no config passes the check and then fails at start. */
class ConfigMappingTest {

    @TempDir
    Path root;

    private ReaderConfig load(String example) throws IOException {
        Files.createDirectories(root.resolve("var/lib/qrgate"));
        Files.createDirectories(root.resolve("etc/qrgate"));
        for (String f : new String[] {"var/lib/qrgate/denylist.json", "var/lib/qrgate/trust.jwks.json",
            "var/lib/qrgate/revoked.json", "etc/qrgate/ca.pem"}) {
            Files.writeString(root.resolve(f), "{}");
        }
        ConfigLoader loader = new ConfigLoader(Map.of("QRGATE_MQTT_PASSWORD", "x"), FileChecks.rootedAt(root),
                () -> HardwareProfiles.fromDirectory(Path.of("..", "hardware-profiles")));
        ConfigLoad load = loader.load(Path.of("examples", example));
        assertThat(load).as("%s", load).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate-kiosk.yaml", "bus-handheld.yaml", "camera-kiosk.yaml"})
    void everyExampleMapsOntoTheAdaptersSettings(String example) throws IOException {
        ReaderConfig config = load(example);

        GpioPins pins = ConfigMapping.pins(config);
        OutboxSettings outbox = ConfigMapping.outbox(config);
        for (InputConfig input : config.inputs()) {
            if (input instanceof InputConfig.Serial serial) {
                SerialSettings settings = ConfigMapping.serial(serial);
                assertThat(settings.baud()).isEqualTo(serial.framing().baud());
                assertThat(settings.suffix().name()).isEqualTo(serial.suffix().name());
            }
            if (input instanceof InputConfig.Camera camera) {
                CameraSettings settings = ConfigMapping.camera(camera);
                assertThat(settings.command()).isEqualTo(camera.command());
                assertThat(settings.format().name()).isEqualTo(camera.format().name());
                assertThat(settings.goneAfter()).isEqualTo(camera.goneAfter());
                assertThat(settings.width() * settings.height()).isEqualTo(camera.width() * camera.height());
            }
            if (input instanceof InputConfig.KeyboardWedge wedge) {
                WedgeSettings settings = ConfigMapping.wedge(wedge);
                assertThat(settings.device()).isEqualTo(wedge.device());
                assertThat(settings.suffix()).isEqualTo(SuffixKey.ENTER);
                assertThat(settings.interKeyTimeout()).isEqualTo(wedge.interKeyTimeout());
                assertThat(settings.grab()).isEqualTo(wedge.grab());
            }
        }
        assertThat(pins.greenLed().bcm()).isEqualTo(config.outputs().pins().greenLed().orElseThrow().bcm());
        assertThat(outbox.capacity()).isEqualTo(config.outbox().capacity());
        assertThat(outbox.nearlyFullFraction()).isEqualTo(config.outbox().nearlyFullPercent() / 100.0);
        assertThat(outbox.retention()).isEqualTo(config.retention());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate-kiosk.yaml", "bus-handheld.yaml", "camera-kiosk.yaml"})
    void theMqttSectionMapsOntoThePublishersSettingsWithTheDeviceIdAsClientId(String example) throws IOException {
        ReaderConfig config = load(example);
        MqttConfig mqtt = config.mqtt().orElseThrow();

        MqttSettings settings = ConfigMapping.mqtt(config.deviceId(), mqtt);

        assertThat(settings.device()).isEqualTo(config.deviceId());
        assertThat(settings.uri()).isEqualTo(mqtt.uri());
        assertThat(settings.password()).contains("x");
        assertThat(settings.toString()).doesNotContain("password x").contains("***");
        assertThat(settings.batchSize()).isEqualTo(mqtt.batchSize());
        assertThat(settings.batchBytes()).isEqualTo(mqtt.batchBytes());
        assertThat(settings.inFlight()).isEqualTo(mqtt.inFlight());
        assertThat(settings.ackTimeout()).isEqualTo(mqtt.ackTimeout());
        assertThat(settings.reconnectMax()).isEqualTo(mqtt.reconnectMax());
        assertThat(settings.unreachableAlarmAfter()).isEqualTo(mqtt.unreachableAlarmAfter());
        assertThat(settings.caFile()).isEqualTo(mqtt.caFile());
    }

    @Test
    void theGateKioskKeepsItsRelayPulseAndActiveLowRelay() throws IOException {
        ReaderConfig config = load("gate-kiosk.yaml");

        GpioPins pins = ConfigMapping.pins(config);

        assertThat(pins.relayPulse()).isEqualTo(config.outputs().relayPulse().orElseThrow());
        assertThat(pins.relay().orElseThrow().activeLow()).isEqualTo(config.outputs().pins().relay().orElseThrow().activeLow());
        assertThat(ConfigMapping.outbox(config).fullPolicy()).isEqualTo(FullPolicy.KEEP_UNTIL_DISK_FLOOR);
    }

    @Test
    void aHandheldWithoutRelayLightsGreenForTheDefaultPulseAndReadsItsSwitch() throws IOException {
        ReaderConfig config = load("bus-handheld.yaml");

        GpioPins pins = ConfigMapping.pins(config);

        assertThat(pins.relay()).isEmpty();
        assertThat(pins.relayPulse()).isEqualTo(GpioPins.DEFAULT_RELAY_PULSE);
        assertThat(pins.directionSwitch()).isPresent();
    }

    @Test
    void aCameraRegionBecomesTheDecodersRegionOfInterest() {
        ReaderProfile camera = HardwareProfiles.fromDirectory(Path.of("..", "hardware-profiles")).reader("pi-camera-rpicam")
                .orElseThrow();
        InputConfig.Camera input = new InputConfig.Camera(camera, java.util.List.of("rpicam-vid"), 640, 480,
                CameraProfile.FrameFormat.YUV420, java.util.Optional.of(new FrameRegion(160, 60, 320, 360)),
                java.time.Duration.ofSeconds(1));

        CameraSettings settings = ConfigMapping.camera(input);

        assertThat(settings.regionOfInterest()).contains(new Region(160, 60, 320, 360));
        assertThat(settings.format()).isEqualTo(PixelFormat.YUV420);
    }
}
