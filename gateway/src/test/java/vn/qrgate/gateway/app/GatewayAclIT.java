package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.config.DeviceEntry;
import vn.qrgate.gateway.config.DevicePush;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.config.PushSettings;
import vn.qrgate.gateway.config.StoreSettings;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.Gateways;
import vn.qrgate.gateway.testing.Postgres;
import vn.qrgate.gateway.testing.TestDevice;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;

/**
 * The gateway behind the recommended broker setup: logins for every client and the acl file of
 * {@code gateway/broker/acl}; the store on PostgreSQL (a schema of this test's own).
 */
class GatewayAclIT {

    static final Path ACL = Path.of("broker/acl").toAbsolutePath();
    static final String VENUE = "v-hanoi-0001";

    @TempDir
    Path dir;
    PrivateMosquitto broker;
    FakeRegistry registry;
    GatewayServer gateway;
    JdbcStore view;
    final String schema = Postgres.freshSchemaName();
    final TestEvents kiosk = TestEvents.of("kiosk-0001", VENUE);

    @BeforeEach
    void start() throws Exception {
        broker = PrivateMosquitto.in(dir.resolve("broker")).user("qrgate-gateway", "gw-secret")
                .user("kiosk-0001", "k1-secret").user("kiosk-0002", "k2-secret").acl(ACL).start();
        registry = FakeRegistry.start();
        Files.writeString(dir.resolve("deny.json"), "{\"v\":1,\"version\":3,\"salt\":\"s\",\"hashes\":[]}");
        Files.write(dir.resolve("trust.json"), TestVectors.resource("trust.jwks.json"));
        gateway = GatewayServer.start(config("gw-secret"));
        view = JdbcStore.postgresql(Postgres.URL, Optional.of(Postgres.USER), Optional.empty(), schema);
    }

    GatewayConfig config(String password) {
        GatewayConfig base = Gateways.config(broker.uri(), dir.resolve("unused.db"), registry.url(),
                DeviceEntry.of("kiosk-0001", VENUE), DeviceEntry.of("kiosk-0002", VENUE));
        return new GatewayConfig(base.gatewayId(), base.mqtt().withLogin("qrgate-gateway", password),
                new StoreSettings.Postgresql(Postgres.URL, Optional.of(Postgres.USER), Optional.empty(), schema),
                base.registry(), base.http(), base.devices(),
                new PushSettings(Optional.of(dir.resolve("deny.json")), Optional.of(dir.resolve("trust.json")),
                        Map.of(DeviceId.of("kiosk-0001"), new DevicePush(Optional.of(Direction.OUT), Optional.empty())),
                        Duration.ofSeconds(30)),
                base.offlineAfter(), base.retention());
    }

    @AfterEach
    void stop() {
        gateway.close();
        view.close();
        registry.close();
        broker.close();
        Postgres.drop(schema);
    }

    @Test
    void aLoggedInDeviceGetsItsCheckinsStoredAckedAndForwarded() {
        try (TestDevice device = TestDevice.connect(broker.uri(), "kiosk-0001", "kiosk-0001", "k1-secret")) {
            CheckinBatch batch = kiosk.batch(25);
            Set<UUID> ids = new java.util.HashSet<>(batch.events().stream().map(Event::eventId).toList());

            assertThat(device.publish(batch)).isZero();

            await().until(() -> device.ackedIds().equals(ids));
            assertThat(ids).allMatch(view::contains);
            await().until(() -> registry.storedIds().equals(ids));
            await().until(() -> view.backlog() == 0);
        }
    }

    @Test
    void statusAndTheLastWillReachTheDeviceTable() {
        TestDevice device = TestDevice.connect(broker.uri(), "kiosk-0002", "kiosk-0002", "k2-secret");
        device.status(new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("2.0.1"), 3, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
        await().until(() -> view.device(device.id()).map(r -> r.online()).orElse(false));

        device.vanish();

        await().until(() -> !view.device(device.id()).orElseThrow().online());
        assertThat(view.device(device.id()).orElseThrow().firmware()).contains("2.0.1");
    }

    @Test
    void aDeviceReadsTheRetainedListsAndItsOwnSettingsThroughTheAcl() throws Exception {
        Map<String, byte[]> seen = retainedAs("kiosk-0001", "k1-secret", Topics.DENYLIST, Topics.TRUST,
                Topics.config(DeviceId.of("kiosk-0001")));

        assertThat(new String(seen.get(Topics.DENYLIST), StandardCharsets.UTF_8)).contains("\"version\":3");
        assertThat(seen.get(Topics.TRUST)).isEqualTo(Files.readAllBytes(dir.resolve("trust.json")));
        assertThat(new String(seen.get(Topics.config(DeviceId.of("kiosk-0001"))), StandardCharsets.UTF_8))
                .contains("\"direction\":\"OUT\"");
    }

    @Test
    void aDevicePublishingAsAnotherIsStoppedByTheBrokerNotTheGateway() {
        try (TestDevice device = TestDevice.connect(broker.uri(), "kiosk-0002", "kiosk-0002", "k2-secret")) {
            int reason = device.publishRaw(Topics.checkins(DeviceId.of("kiosk-0001")),
                    EventJson.encode(kiosk.batch(1)));

            assertThat(reason).isEqualTo(0x87);
        }
    }

    @Test
    void aWrongGatewayPasswordIsReportedAtStart() {
        gateway.close();

        assertThatThrownBy(() -> GatewayServer.start(config("wrong").withHttp(
                vn.qrgate.gateway.config.HttpSettings.anyFreePort()), Clock.systemUTC(), Duration.ofSeconds(2)))
                .isInstanceOf(GatewayStartException.class)
                .hasMessageContaining("could not connect and subscribe to the broker");
    }

    /** Subscribes as a device and returns the retained message of each topic. */
    Map<String, byte[]> retainedAs(String user, String password, String... topics) throws MqttException {
        Map<String, byte[]> seen = new ConcurrentHashMap<>();
        MqttAsyncClient client = new MqttAsyncClient(broker.uri(), user, new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse r) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                seen.put(topic, message.getPayload());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String uri) {
            }

            @Override
            public void authPacketArrived(int code, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        client.connect(options).waitForCompletion(10_000);
        for (String topic : topics) {
            client.subscribe(topic, 1).waitForCompletion(10_000);
        }
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.keySet().containsAll(List.of(topics)));
        } finally {
            client.disconnect().waitForCompletion(5_000);
            client.close();
        }
        return seen;
    }
}
