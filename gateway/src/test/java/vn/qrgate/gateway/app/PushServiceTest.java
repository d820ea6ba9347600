package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.config.DevicePush;
import vn.qrgate.gateway.config.PushSettings;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.topic.Topics;

/** Retained pushes, recorded instead of published; versions kept in a real SQLite store. */
class PushServiceTest {

    record Published(String topic, String payload) {
    }

    static final DeviceId KIOSK = DeviceId.of("kiosk-0001");

    @TempDir
    Path dir;
    JdbcStore store;
    final List<Published> published = new CopyOnWriteArrayList<>();
    volatile boolean brokerUp = true;
    Path deny;
    Path trust;

    @BeforeEach
    void open() throws Exception {
        store = JdbcStore.sqlite(dir.resolve("gateway.db"));
        deny = dir.resolve("denylist.json");
        trust = dir.resolve("trust.jwks.json");
        Files.writeString(deny, denyList(1));
        Files.write(trust, TestVectors.resource("trust.jwks.json"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    PushService push(Map<DeviceId, DevicePush> devices) {
        return new PushService(new PushSettings(Optional.of(deny), Optional.of(trust), devices, Duration.ofSeconds(30)),
                (topic, payload) -> {
                    if (!brokerUp) {
                        throw new PublishException("not connected");
                    }
                    published.add(new Published(topic, new String(payload, StandardCharsets.UTF_8)));
                }, store, () -> brokerUp);
    }

    static String denyList(int version) {
        return "{\"v\":1,\"version\":" + version + ",\"salt\":\"s\",\"hashes\":[\"" + "b".repeat(64) + "\"]}";
    }

    List<String> topics() {
        return published.stream().map(Published::topic).toList();
    }

    @Test
    void everythingIsPublishedOnConnectionAndFilesAgainOnlyWhenTheyChange() throws Exception {
        PushService push = push(Map.of(KIOSK, new DevicePush(Optional.of(Direction.OUT), Optional.empty())));

        push.publishAll();
        push.checkFiles();

        assertThat(topics()).containsExactly(Topics.DENYLIST, Topics.TRUST, Topics.config(KIOSK));
        assertThat(published.get(0).payload()).isEqualTo(denyList(1));

        Files.writeString(deny, denyList(2));
        push.checkFiles();

        assertThat(topics()).hasSize(4).last().isEqualTo(Topics.DENYLIST);
        assertThat(published.get(3).payload()).isEqualTo(denyList(2));
    }

    @Test
    void aFileThatDoesNotParseIsNotPublishedAndTheLastGoodOneStays() throws Exception {
        PushService push = push(Map.of());
        push.publishAll();
        published.clear();

        Files.writeString(deny, "{\"v\":1,\"version\":3,\"salt\":\"s\",\"hashes\":[\"not-a-sha256\"]}");
        Files.writeString(trust, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k\"}]}");
        push.checkFiles();
        push.checkFiles();

        assertThat(published).isEmpty();
    }

    @Test
    void settingsVersionsGrowWhenSettingsChangeAndARemovedDeviceIsCleared() {
        push(Map.of(KIOSK, new DevicePush(Optional.of(Direction.IN), Optional.empty()))).publishAll();
        push(Map.of(KIOSK, new DevicePush(Optional.of(Direction.IN), Optional.empty()))).publishAll();
        push(Map.of(KIOSK, new DevicePush(Optional.of(Direction.OUT), Optional.of(Duration.ofSeconds(20)))))
                .publishAll();
        push(Map.of()).publishAll();

        List<DeviceSettings> sent = published.stream().filter(p -> p.topic().equals(Topics.config(KIOSK)))
                .map(p -> DeviceJson.decodeSettings(p.payload().getBytes(StandardCharsets.UTF_8))).toList();
        assertThat(sent).containsExactly(
                new DeviceSettings(1, Optional.of(Direction.IN), Optional.empty()),
                new DeviceSettings(1, Optional.of(Direction.IN), Optional.empty()),
                new DeviceSettings(2, Optional.of(Direction.OUT), Optional.of(Duration.ofSeconds(20))),
                new DeviceSettings(3, Optional.empty(), Optional.empty()));
    }

    @Test
    void whileTheBrokerIsAwayNothingIsTriedAndAllIsPublishedOnReconnection() throws Exception {
        PushService push = push(Map.of());
        brokerUp = false;
        push.publishAll();
        Files.writeString(deny, denyList(5));
        push.checkFiles();
        assertThat(published).isEmpty();

        brokerUp = true;
        push.publishAll();

        assertThat(topics()).containsExactly(Topics.DENYLIST, Topics.TRUST);
        assertThat(published.get(0).payload()).isEqualTo(denyList(5));
    }
}
