package vn.qrgate.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.DeviceId;

class DeviceRecordTest {

    final Instant now = Instant.parse("2026-11-29T05:00:00Z");

    DeviceRecord row(boolean online, Optional<Instant> lastSeen) {
        return new DeviceRecord(DeviceId.of("kiosk-0001"), online, lastSeen, now, 0, Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void aDeviceIsOnlineWhileItsLastOnlineStatusIsRecent() {
        assertThat(row(true, Optional.of(now.minusSeconds(170))).onlineAt(now, Duration.ofMinutes(3))).isTrue();
        assertThat(row(true, Optional.of(now.minusSeconds(190))).onlineAt(now, Duration.ofMinutes(3))).isFalse();
    }

    @Test
    void anOfflineOrNeverSeenDeviceIsNotOnline() {
        assertThat(row(false, Optional.of(now)).onlineAt(now, Duration.ofMinutes(3))).isFalse();
        assertThat(row(true, Optional.empty()).onlineAt(now, Duration.ofMinutes(3))).isFalse();
    }
}
