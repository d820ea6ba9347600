package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WedgeSettingsTest {

    private static final Path DEVICE = Path.of("/dev/input/by-id/usb-Scanner-event-kbd");

    @Test
    void defaults_are_enter_200_ms_4096_bytes_and_grab() {
        WedgeSettings s = WedgeSettings.defaults(DEVICE);

        assertThat(s.device()).isEqualTo(DEVICE);
        assertThat(s.suffix()).isEqualTo(SuffixKey.ENTER);
        assertThat(s.interKeyTimeout()).isEqualTo(Duration.ofMillis(200));
        assertThat(s.maxCodeBytes()).isEqualTo(4096);
        assertThat(s.grab()).isTrue();
    }

    @Test
    void a_relative_or_missing_device_path_is_refused_naming_the_field() {
        assertThatThrownBy(() -> new WedgeSettings(Path.of("event3"), SuffixKey.ENTER, Duration.ofMillis(200), 4096, true))
                .isInstanceOfSatisfying(WedgeSettingsException.class, e -> assertThat(e.field()).isEqualTo("device"))
                .hasMessageContaining("event3").hasMessageContaining("absolute");
        assertThatThrownBy(() -> new WedgeSettings(null, SuffixKey.ENTER, Duration.ofMillis(200), 4096, true))
                .hasMessageContaining("device");
    }

    @Test
    void a_timeout_outside_20_ms_to_5_s_is_refused_with_the_allowed_range() {
        assertThatThrownBy(() -> new WedgeSettings(DEVICE, SuffixKey.ENTER, Duration.ofMillis(5), 4096, true))
                .hasMessage("wedge setting interKeyTimeout = PT0.005S: 20 ms to 5 s (default 200 ms)");
        assertThatThrownBy(() -> new WedgeSettings(DEVICE, SuffixKey.NONE, Duration.ofSeconds(6), 4096, true))
                .hasMessageContaining("interKeyTimeout");
        assertThatThrownBy(() -> new WedgeSettings(DEVICE, SuffixKey.NONE, null, 4096, true))
                .hasMessageContaining("interKeyTimeout = null");
    }

    @Test
    void a_code_cap_outside_16_to_65536_bytes_is_refused() {
        assertThatThrownBy(() -> new WedgeSettings(DEVICE, SuffixKey.ENTER, Duration.ofMillis(200), 15, true))
                .hasMessage("wedge setting maxCodeBytes = 15: 16 to 65536 (default 4096)");
        assertThat(new WedgeSettings(DEVICE, SuffixKey.ENTER, Duration.ofMillis(200), 16, false).maxCodeBytes()).isEqualTo(16);
    }

    @Test
    void the_suffix_is_read_in_any_case_and_a_wrong_one_lists_the_choices() {
        assertThat(SuffixKey.parse(" tab ")).isEqualTo(SuffixKey.TAB);
        assertThatThrownBy(() -> SuffixKey.parse("CR"))
                .hasMessage("wedge setting suffix = CR: one of ENTER, TAB, NONE");
        assertThatThrownBy(() -> new WedgeSettings(DEVICE, null, Duration.ofMillis(200), 4096, true))
                .hasMessageContaining("suffix");
    }
}
