package vn.qrgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.Direction;

class DeviceJsonTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anOnlineStatusSurvivesARoundTrip() {
        DeviceStatus status = new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("0.1.0"), 42,
                Optional.of(OffsetDateTime.parse("2026-11-29T12:00:00+07:00")), Optional.of(Duration.ofSeconds(3600)),
                Optional.of(7L), List.of("OUTBOX_NEARLY_FULL"), Optional.of(OffsetDateTime.parse("2026-11-29T12:01:00+07:00")));
        assertThat(DeviceJson.decodeStatus(DeviceJson.encode(status))).isEqualTo(status);
    }

    @Test
    void theLastWillIsTheContractsOfflineMessage() {
        assertThat(new String(DeviceJson.encode(DeviceStatus.offline()), StandardCharsets.UTF_8))
                .isEqualTo("{\"v\":1,\"state\":\"offline\"}");
        assertThat(DeviceJson.decodeStatus(utf8("{\"v\":1,\"state\":\"offline\"}")).online()).isFalse();
    }

    @Test
    void aStatusWithAnUnknownStateNamesTheField() {
        assertThatThrownBy(() -> DeviceJson.decodeStatus(utf8("{\"v\":1,\"state\":\"asleep\"}")))
                .isInstanceOf(EventCodecException.class).hasMessageContaining("state");
    }

    @Test
    void aStatusWithABadAlarmCodeNamesItsIndex() {
        assertThatThrownBy(() -> DeviceJson.decodeStatus(utf8("{\"v\":1,\"state\":\"online\",\"alarms\":[\"x y\"]}")))
                .isInstanceOf(EventCodecException.class).hasMessageContaining("alarms[0]");
    }

    @Test
    void settingsSurviveARoundTripAndMayLeaveFieldsOut() {
        DeviceSettings full = new DeviceSettings(3, Optional.of(Direction.OUT), Optional.of(Duration.ofSeconds(20)));
        assertThat(DeviceJson.decodeSettings(DeviceJson.encode(full))).isEqualTo(full);
        DeviceSettings bare = DeviceJson.decodeSettings(utf8("{\"v\":1,\"version\":1}"));
        assertThat(bare.direction()).isEmpty();
        assertThat(bare.duplicateWindow()).isEmpty();
    }

    @Test
    void settingsWithAnOutOfRangeWindowAreRefusedWithTheRule() {
        assertThatThrownBy(() -> DeviceJson.decodeSettings(utf8("{\"v\":1,\"version\":1,\"duplicateWindowSeconds\":99999}")))
                .isInstanceOf(EventCodecException.class).hasMessageContaining("duplicateWindowSeconds")
                .hasMessageContaining("0 to 3600");
        assertThatThrownBy(() -> DeviceJson.decodeSettings(utf8("{\"v\":1,\"version\":1,\"direction\":\"UP\"}")))
                .isInstanceOf(EventCodecException.class).hasMessageContaining("IN or OUT");
    }
}
