package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;

class HardwareProfilesTest {

    @TempDir
    Path dir;

    @Test
    void everyProfileFileInTheRepositoryLoadsWithoutErrors() throws IOException {
        HardwareProfiles profiles = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES);

        assertThat(profiles.errors()).isEmpty();
        assertThat(profiles.readers()).hasSize(count("readers"));
        assertThat(profiles.boards()).hasSize(count("boards"));
    }

    @Test
    void theJarBundlesTheSameProfilesAsTheRepository() {
        HardwareProfiles repo = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES);
        HardwareProfiles bundled = HardwareProfiles.bundled();

        assertThat(bundled.errors()).isEmpty();
        assertThat(bundled.readers()).isEqualTo(repo.readers());
        assertThat(bundled.boards()).isEqualTo(repo.boards());
    }

    @Test
    void thereAreFourReaderModelsThatPassUtf8AKeyboardWedgeAndTheSimulatedOnes() {
        HardwareProfiles profiles = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES);

        assertThat(profiles.readers()).containsKeys("honeywell-1450g-usb-serial", "zebra-ds2208-usb-cdc",
                "newland-rs232", "generic-keyboard-wedge", "simulated");
        assertThat(profiles.boards()).containsKeys("relay-hat-gate", "handheld-switch-buzzer", "simulated");
        assertThat(profiles.readers().values()).filteredOn(r -> r.connection() == ReaderProfile.Connection.SERIAL)
                .allSatisfy(r -> assertThat(r.utf8()).isTrue())
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theNewlandProfileIs9600Baud8N1WithACarriageReturnSuffix() {
        ReaderProfile newland = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES).reader("newland-rs232").orElseThrow();

        assertThat(newland.framing().orElseThrow()).hasToString("9600 8N1");
        assertThat(newland.suffix()).isEqualTo(Suffix.CR);
        assertThat(newland.usb()).contains(new UsbId(0x0403, 0x6001));
    }

    @Test
    void theCameraProfilesGiveACommandAFrameSizeAndAFormatAndNothingSerial() {
        HardwareProfiles profiles = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES);
        CameraProfile pi = profiles.reader("pi-camera-rpicam").orElseThrow().camera().orElseThrow();
        CameraProfile webcam = profiles.reader("usb-webcam-ffmpeg").orElseThrow().camera().orElseThrow();

        assertThat(pi.format()).isEqualTo(CameraProfile.FrameFormat.YUV420);
        assertThat(pi.commandFor(640, 480, java.util.Optional.empty())).contains("yuv420", "640", "480", "-");
        assertThat(webcam.format()).isEqualTo(CameraProfile.FrameFormat.GREY);
        assertThat(webcam.needsDevice()).isTrue();
        assertThat(webcam.commandFor(320, 240, java.util.Optional.empty())).contains("320x240", "/dev/video0");
        assertThat(profiles.readers().values()).filteredOn(r -> r.connection() == ReaderProfile.Connection.CAMERA)
                .allSatisfy(r -> assertThat(r.framing()).isEmpty());
    }

    @Test
    void aCameraProfileWithASuffixOrWithoutItsCameraSectionIsRefusedByKey(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("readers"));
        java.nio.file.Files.createDirectories(dir.resolve("boards"));
        java.nio.file.Files.writeString(dir.resolve("readers/cam.yaml"), """
                name: Cam
                vendor: any
                model: any
                connection: camera
                suffix: CR
                setup: plug it in
                """);

        List<ConfigError> errors = HardwareProfiles.fromDirectory(dir).readerErrors("cam");

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("readers/cam.yaml#suffix", "readers/cam.yaml#camera");
    }

    @Test
    void theKeyboardWedgeProfileSaysItCannotTypeVietnameseAndHasNoSerialFraming() {
        ReaderProfile wedge = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES).reader("generic-keyboard-wedge")
                .orElseThrow();

        assertThat(wedge.utf8()).isFalse();
        assertThat(wedge.framing()).isEmpty();
        assertThat(wedge.setup()).contains("Vietnamese").contains("serial mode");
    }

    @Test
    void theHandheldBoardHasADirectionSwitchAndABuzzerButNoRelay() {
        BoardProfile handheld = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES).board("handheld-switch-buzzer")
                .orElseThrow();

        assertThat(handheld.pins().directionSwitch()).contains(new SwitchPin(17, SwitchPin.Pull.UP, true));
        assertThat(handheld.pins().buzzer()).isPresent();
        assertThat(handheld.pins().relay()).isEmpty();
        assertThat(handheld.relayPulse()).isEmpty();
    }

    @Test
    void everyProfileIsNamedInTheHardwareProfilesReadme() throws IOException {
        String readme = Files.readString(Kiosk.REPO_PROFILES.resolve("README.md"));
        HardwareProfiles profiles = HardwareProfiles.fromDirectory(Kiosk.REPO_PROFILES);

        profiles.readers().keySet().forEach(id -> assertThat(readme).contains("readers/" + id + ".yaml"));
        profiles.boards().keySet().forEach(id -> assertThat(readme).contains("boards/" + id + ".yaml"));
    }

    @Test
    void aBrokenProfileIsReportedByFileAndKeyAndTheGoodOnesStillLoad() throws IOException {
        Files.createDirectories(dir.resolve("readers"));
        Files.createDirectories(dir.resolve("boards"));
        Files.copy(Kiosk.REPO_PROFILES.resolve("readers/newland-rs232.yaml"), dir.resolve("readers/newland-rs232.yaml"));
        Files.writeString(dir.resolve("readers/broken.yaml"), """
                name: Broken
                vendor: X
                model: Y
                connection: serial
                baud: 9601
                dataBits: 8
                parity: none
                stopbits: 1
                suffix: CR
                utf8: true
                setup: scan the code
                """);
        Files.writeString(dir.resolve("boards/two-on-one.yaml"), """
                name: Two on one
                description: a mistake
                pins:
                  greenLed: {pin: 5}
                  redLed: 5
                wiring: none
                """);

        HardwareProfiles profiles = HardwareProfiles.fromDirectory(dir);

        assertThat(profiles.readers()).containsOnlyKeys("newland-rs232");
        assertThat(profiles.errors()).extracting(ConfigError::key).containsExactlyInAnyOrder(
                "boards/two-on-one.yaml#pins.redLed",
                "readers/broken.yaml#baud",
                "readers/broken.yaml#stopbits",
                "readers/broken.yaml#stopBits");
        assertThat(profiles.errors()).anySatisfy(e -> assertThat(e.rule()).contains("did you mean 'stopBits'?"));
    }

    @Test
    void aMissingDirectoryIsOneClearError() {
        HardwareProfiles profiles = HardwareProfiles.fromDirectory(dir.resolve("nope"));

        assertThat(profiles.errors()).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("directory not found"));
    }

    private static int count(String kind) throws IOException {
        try (Stream<Path> files = Files.list(Kiosk.REPO_PROFILES.resolve(kind))) {
            return (int) files.filter(p -> p.toString().endsWith(".yaml")).count();
        }
    }
}
