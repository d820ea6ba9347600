package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.reader.config.ConfigLoaderTest.errors;
import static vn.qrgate.reader.config.ConfigLoaderTest.valid;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.protocol.event.ScanSource;

class DeviceInputsTest {

    @TempDir
    Path root;

    private ConfigLoad with(String input) {
        return new Kiosk(root).parse(Kiosk.minimal().replace("  - {type: stdin}", "  - " + input));
    }

    @Test
    void a_keyboard_wedge_input_takes_enter_as_its_suffix_and_the_default_timeout_and_grab() {
        ReaderConfig config = valid(with("{type: keyboard-wedge, reader: generic-keyboard-wedge, "
                + "device: /dev/input/by-id/usb-Symbol-event-kbd}"));

        InputConfig.KeyboardWedge wedge = (InputConfig.KeyboardWedge) config.inputs().get(0);
        assertThat(wedge.device()).isEqualTo(Path.of("/dev/input/by-id/usb-Symbol-event-kbd"));
        assertThat(wedge.suffix()).isEqualTo(Suffix.CR);
        assertThat(wedge.interKeyTimeout()).isEqualTo(Defaults.WEDGE_INTER_KEY_TIMEOUT);
        assertThat(wedge.grab()).isEqualTo(Defaults.WEDGE_GRAB);
        assertThat(wedge.source()).isEqualTo(ScanSource.HID);
        assertThat(wedge.describe()).contains("generic-keyboard-wedge").contains("/dev/input/by-id/usb-Symbol-event-kbd");
    }

    @Test
    void a_keyboard_wedge_input_overrides_suffix_timeout_and_grab() {
        ReaderConfig config = valid(with("{type: keyboard-wedge, reader: generic-keyboard-wedge, device: /dev/input/event3, "
                + "suffix: tab, interKeyTimeout: 80ms, grab: false}"));

        InputConfig.KeyboardWedge wedge = (InputConfig.KeyboardWedge) config.inputs().get(0);
        assertThat(wedge.suffix()).isEqualTo(Suffix.TAB);
        assertThat(wedge.interKeyTimeout()).isEqualTo(Duration.ofMillis(80));
        assertThat(wedge.grab()).isFalse();
    }

    @Test
    void a_keyboard_wedge_input_lists_every_mistake_with_its_key() {
        List<ConfigError> errors = errors(with("{type: keyboard-wedge, reader: generic-keyboard-wedge, "
                + "device: input/event3, suffix: LF, interKeyTimeout: 1ms, grab: maybe, port: /dev/ttyACM0}"));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("inputs[1].device",
                "inputs[1].suffix", "inputs[1].interKeyTimeout", "inputs[1].grab", "inputs[1].port");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].device")).contains("/dev/input/by-id/");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].suffix")).contains("CR (the Enter key), TAB or NONE");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].interKeyTimeout")).contains("from 20ms to 5s");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].port")).contains("only serial inputs do");
    }

    @Test
    void a_keyboard_wedge_input_needs_its_device_and_a_keyboard_wedge_profile() {
        List<ConfigError> errors = errors(with("{type: keyboard-wedge, reader: pi-camera-rpicam}"));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("inputs[1].device", "inputs[1].reader");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].reader")).contains("is a camera profile");
    }

    @Test
    void a_camera_input_takes_the_profile_command_with_its_size_filled_in() {
        ReaderConfig config = valid(with("{type: camera, reader: pi-camera-rpicam}"));

        InputConfig.Camera camera = (InputConfig.Camera) config.inputs().get(0);
        assertThat(camera.command()).startsWith("rpicam-vid").contains("640", "480").doesNotContain("{width}");
        assertThat(camera.width()).isEqualTo(640);
        assertThat(camera.height()).isEqualTo(480);
        assertThat(camera.format()).isEqualTo(CameraProfile.FrameFormat.YUV420);
        assertThat(camera.goneAfter()).isEqualTo(Defaults.CAMERA_GONE_AFTER);
        assertThat(camera.source()).isEqualTo(ScanSource.CAMERA);
    }

    @Test
    void a_camera_input_overrides_the_size_device_and_command() {
        ReaderConfig webcam = valid(with("{type: camera, reader: usb-webcam-ffmpeg, device: /dev/v4l/by-id/usb-cam, "
                + "width: 800, height: 600, goneAfter: 3s}"));
        ReaderConfig custom = valid(with("{type: camera, reader: usb-webcam-ffmpeg, command: [cat, /tmp/frames.raw]}"));

        InputConfig.Camera cam = (InputConfig.Camera) webcam.inputs().get(0);
        assertThat(cam.command()).contains("800x600", "/dev/v4l/by-id/usb-cam", "gray");
        assertThat(cam.goneAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(((InputConfig.Camera) custom.inputs().get(0)).command()).containsExactly("cat", "/tmp/frames.raw");
        assertThat(((InputConfig.Camera) custom.inputs().get(0)).format()).isEqualTo(CameraProfile.FrameFormat.GREY);
    }

    @Test
    void a_camera_input_lists_every_mistake_with_its_key() {
        List<ConfigError> errors = errors(with("{type: camera, reader: pi-camera-rpicam, width: 10, command: [], "
                + "goneAfter: 5ms, device: video0, grab: true}"));

        assertThat(errors).extracting(ConfigError::key).containsExactlyInAnyOrder("inputs[1].width",
                "inputs[1].command", "inputs[1].goneAfter", "inputs[1].device", "inputs[1].grab");
        assertThat(ConfigLoaderTest.rule(errors, "inputs[1].grab")).contains("only keyboard-wedge inputs do");
    }

    @Test
    void a_camera_region_inside_the_frame_is_taken_and_one_outside_it_is_refused_with_the_frame_size() {
        ReaderConfig config = valid(with("{type: camera, reader: pi-camera-rpicam, "
                + "region: {x: 160, y: 80, width: 320, height: 320}}"));
        List<ConfigError> outside = errors(with("{type: camera, reader: pi-camera-rpicam, "
                + "region: {x: 400, y: 0, width: 320, height: 320}}"));
        List<ConfigError> incomplete = errors(with("{type: camera, reader: pi-camera-rpicam, region: {x: 0, y: 0, "
                + "width: 10, hieght: 100}}"));

        assertThat(((InputConfig.Camera) config.inputs().get(0)).region()).contains(new FrameRegion(160, 80, 320, 320));
        assertThat(outside).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("inputs[1].region");
            assertThat(e.rule()).contains("inside the 640x480 frame");
        });
        assertThat(incomplete).extracting(ConfigError::key).containsExactlyInAnyOrder("inputs[1].region.width",
                "inputs[1].region.hieght", "inputs[1].region.height");
    }

    @Test
    void an_odd_yuv_frame_size_is_refused_because_the_planes_would_not_line_up() {
        List<ConfigError> errors = errors(with("{type: camera, reader: pi-camera-rpicam, width: 641}"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("inputs[1].width");
            assertThat(e.rule()).contains("even width and height");
        });
    }

    @Test
    void the_same_keyboard_device_listed_twice_is_an_error() {
        String wedge = "{type: keyboard-wedge, reader: generic-keyboard-wedge, device: /dev/input/event3}";
        ConfigLoad load = new Kiosk(root).parse(Kiosk.minimal().replace("  - {type: stdin}",
                "  - " + wedge + "\n  - " + wedge));

        assertThat(errors(load)).singleElement().satisfies(e -> assertThat(e.rule()).contains("same input as inputs[1]"));
    }

    @Test
    void a_mistyped_input_type_is_suggested() {
        assertThat(errors(with("{type: hid}"))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("did you mean 'keyboard-wedge'?"));
        assertThat(errors(with("{type: camra, reader: pi-camera-rpicam}"))).singleElement()
                .satisfies(e -> assertThat(e.rule()).contains("did you mean 'camera'?"));
    }
}
