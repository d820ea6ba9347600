package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CameraSettingsTest {

    private static final List<String> RPICAM = List.of("rpicam-vid", "-t", "0", "-n", "--codec", "yuv420",
            "--width", "640", "--height", "480", "-o", "-");

    @Test
    void defaults_fill_in_what_is_not_given() {
        CameraSettings settings = CameraSettings.of(RPICAM, 640, 480, PixelFormat.YUV420).build();

        assertThat(settings.restartBackoffMax()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.goneAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.regionOfInterest()).isEmpty();
        assertThat(settings.program()).isEqualTo("rpicam-vid");
    }

    @Test
    void frame_sizes_follow_the_pixel_format() {
        assertThat(CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY).build().frameBytes()).isEqualTo(307_200);
        assertThat(CameraSettings.of(RPICAM, 640, 480, PixelFormat.YUV420).build().frameBytes()).isEqualTo(460_800);
    }

    @Test
    void the_command_list_is_copied_so_later_changes_do_not_reach_it() {
        List<String> command = Arrays.asList("ffmpeg", "-i", "/dev/video0");
        CameraSettings settings = CameraSettings.of(command, 640, 480, PixelFormat.GREY).build();
        command.set(0, "something-else");

        assertThat(settings.program()).isEqualTo("ffmpeg");
    }

    @Test
    void a_missing_or_blank_program_is_refused() {
        refused(() -> CameraSettings.of(List.of(), 640, 480, PixelFormat.GREY).build(), "command", "missing");
        refused(() -> CameraSettings.of(List.of(" ", "-o"), 640, 480, PixelFormat.GREY).build(), "command[0]", "blank");
        refused(() -> CameraSettings.of(Arrays.asList("ffmpeg", null), 640, 480, PixelFormat.GREY).build(),
                "command[1]", "missing");
    }

    @Test
    void sizes_outside_what_a_camera_gives_are_refused() {
        refused(() -> CameraSettings.of(RPICAM, 16, 480, PixelFormat.GREY).build(), "width", "16");
        refused(() -> CameraSettings.of(RPICAM, 640, 5000, PixelFormat.GREY).build(), "height", "5000");
    }

    @Test
    void yuv420_needs_even_sides() {
        refused(() -> CameraSettings.of(RPICAM, 641, 480, PixelFormat.YUV420).build(), "width x height", "641x480");
        assertThat(CameraSettings.of(RPICAM, 641, 480, PixelFormat.GREY).build().frameBytes()).isEqualTo(641 * 480);
    }

    @Test
    void a_missing_format_is_refused() {
        refused(() -> CameraSettings.of(RPICAM, 640, 480, null).build(), "format", "missing");
    }

    @Test
    void durations_out_of_range_are_refused_with_the_range_named() {
        assertThatThrownBy(() -> CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY)
                .restartBackoffMax(Duration.ofMillis(100)).build())
                .isInstanceOf(CameraSettingsException.class)
                .hasMessage("camera setting restartBackoffMax = PT0.1S is not usable: 250 ms to 10 min (default 10 s)");
        refused(() -> CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY).goneAfter(Duration.ofMillis(50)).build(),
                "goneAfter", "PT0.05S");
        refused(() -> CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY).goneAfter(null).build(), "goneAfter", "null");
    }

    @Test
    void a_region_of_interest_must_lie_inside_the_frame() {
        refused(() -> CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY).regionOfInterest(new Region(400, 0, 300, 200))
                .build(), "regionOfInterest", "300x200+400+0");
        CameraSettings fits = CameraSettings.of(RPICAM, 640, 480, PixelFormat.GREY)
                .regionOfInterest(new Region(340, 180, 300, 300)).build();
        assertThat(fits.regionOfInterest()).contains(new Region(340, 180, 300, 300));
    }

    @Test
    void a_region_must_be_big_enough_for_a_code_and_not_start_outside() {
        refused(() -> new Region(0, 0, 20, 100), "regionOfInterest", "20x100");
        refused(() -> new Region(-1, 0, 100, 100), "regionOfInterest", "-1,0");
    }

    @Test
    void a_null_region_option_is_refused() {
        refused(() -> new CameraSettings(RPICAM, 640, 480, PixelFormat.GREY, Duration.ofSeconds(1), Duration.ofSeconds(1),
                null), "regionOfInterest", "null");
        assertThat(new CameraSettings(RPICAM, 640, 480, PixelFormat.GREY, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Optional.empty()).regionOfInterest()).isEmpty();
    }

    private static void refused(ThrowingCallable build, String setting, String value) {
        assertThatThrownBy(build)
                .isInstanceOfSatisfying(CameraSettingsException.class, e -> {
                    assertThat(e.setting()).isEqualTo(setting);
                    assertThat(e.value()).isEqualTo(value);
                    assertThat(e.getMessage()).startsWith("camera setting " + setting + " = " + value + " is not usable: ");
                });
    }
}
