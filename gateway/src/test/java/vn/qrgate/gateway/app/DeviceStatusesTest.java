package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.domain.KnownDevices;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.DeviceJson;

class DeviceStatusesTest {

    static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    static final DeviceId KIOSK = DeviceId.of("kiosk-0001");

    @TempDir
    Path dir;
    JdbcStore store;
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    DeviceStatuses statuses;

    @BeforeEach
    void open() {
        store = JdbcStore.sqlite(dir.resolve("gateway.db"));
        statuses = new DeviceStatuses(store, new KnownDevices(Map.of(KIOSK, "v-1")), new GatewayMetrics(meters),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static byte[] online(Optional<OffsetDateTime> sentAt) {
        return DeviceJson.encode(new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("1.0"), 0, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), sentAt));
    }

    @Test
    void aLiveStatusCountsFromNow() {
        statuses.record(KIOSK, online(Optional.of(OffsetDateTime.parse("2026-11-29T11:00:00+07:00"))), false);

        assertThat(store.device(KIOSK).orElseThrow().lastSeen()).contains(NOW);
    }

    @Test
    void aRetainedStatusCountsFromWhenTheDeviceSentIt() {
        OffsetDateTime sent = OffsetDateTime.parse("2026-11-29T10:00:00+07:00");

        statuses.record(KIOSK, online(Optional.of(sent)), true);

        assertThat(store.device(KIOSK).orElseThrow().lastSeen()).contains(sent.toInstant());
        assertThat(store.countOnline(NOW.minusSeconds(180))).isZero();
    }

    @Test
    void anUnreadableStatusIsCountedAndChangesNothing() {
        statuses.record(KIOSK, "{\"v\":1,\"state\":\"sleepy\"}".getBytes(StandardCharsets.UTF_8), false);

        assertThat(store.device(KIOSK)).isEmpty();
        assertThat(meters.get("qrgate.gateway.unreadable.status").counter().count()).isEqualTo(1);
    }

    @Test
    void aDeviceNotInTheListIsStillRecorded() {
        statuses.record(DeviceId.of("kiosk-0099"), online(Optional.empty()), false);

        assertThat(store.device(DeviceId.of("kiosk-0099"))).isPresent();
    }
}
