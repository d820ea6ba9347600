package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.qrgate.gateway.testing.Gateways.metric;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.gateway.adapter.jdbc.JdbcStore;
import vn.qrgate.gateway.config.DeviceEntry;
import vn.qrgate.gateway.config.DevicePush;
import vn.qrgate.gateway.config.GatewayConfig;
import vn.qrgate.gateway.config.PushSettings;
import vn.qrgate.gateway.domain.DeviceRecord;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.Gateways;
import vn.qrgate.gateway.testing.LogCapture;
import vn.qrgate.gateway.testing.TestDevice;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;

/** The gateway as the devices see it, over a real Mosquitto, with a real SQLite store and a real HTTP registry. */
class GatewayIT {

    static final String VENUE = "v-hanoi-0001";

    @TempDir
    static Path brokerDir;
    static PrivateMosquitto broker;

    @TempDir
    Path dir;
    FakeRegistry registry;
    GatewayServer gateway;
    JdbcStore view;
    final List<TestDevice> devices = new ArrayList<>();
    final TestEvents kiosk = TestEvents.of("kiosk-0001", VENUE);
    LogCapture logs;

    @BeforeAll
    static void startBroker() {
        broker = PrivateMosquitto.in(brokerDir).start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void startGateway() {
        logs = LogCapture.attach();
        registry = FakeRegistry.start();
        gateway = GatewayServer.start(config());
        // A second connection to the same file, as an operator's sqlite3 would have.
        view = JdbcStore.sqlite(dir.resolve("gateway.db"));
    }

    GatewayConfig config() {
        return Gateways.config(broker.uri(), dir.resolve("gateway.db"), registry.url(),
                DeviceEntry.of("kiosk-0001", VENUE), DeviceEntry.of("kiosk-0002", VENUE));
    }

    @AfterEach
    void stopAll() {
        devices.forEach(TestDevice::close);
        gateway.close();
        view.close();
        registry.close();
        logs.close();
        // DESIGN §7: no document number, name or secret in any log line, whatever happened in the test.
        assertThat(logs.lines()).isNotEmpty().noneMatch(line -> line.contains(TestEvents.documentNumber())
                || line.contains(TestEvents.name()) || line.contains(FakeRegistry.TOKEN));
    }

    TestDevice device(String id) {
        TestDevice device = TestDevice.connect(broker.uri(), id);
        devices.add(device);
        return device;
    }

    String metrics() {
        return Gateways.get(gateway.httpPort(), "/metrics");
    }

    @Test
    void aBatchPublishedTwiceIsStoredOnceAndAckedBothTimes() {
        TestDevice device = device("kiosk-0001");
        CheckinBatch batch = kiosk.batch(20);
        Set<UUID> ids = idSet(batch.events());

        device.publish(batch);
        await().until(() -> device.acks().size() == 1);
        device.publish(batch);
        await().until(() -> device.acks().size() == 2);

        assertThat(device.acks()).allSatisfy(ack -> assertThat(Set.copyOf(ack.ids())).isEqualTo(ids));
        assertThat(metric(metrics(), "qrgate_gateway_ingested_events_total")).isEqualTo(20);
        assertThat(metric(metrics(), "qrgate_gateway_duplicate_events_total")).isEqualTo(20);
        await().until(() -> registry.storedIds().equals(ids));
        assertThat(registry.receivedCounts().values()).containsOnly(1);
    }

    @Test
    void theAckArrivesOnlyWhenItsEventsAreCommitted() {
        TestDevice device = device("kiosk-0001");
        Map<UUID, Boolean> committedWhenAcked = new ConcurrentHashMap<>();
        device.onAck(ack -> ack.ids().forEach(id -> committedWhenAcked.put(id, view.contains(id))));
        List<Event> sent = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            CheckinBatch batch = kiosk.batch(50);
            sent.addAll(batch.events());
            device.publishAsync(batch);
        }

        await().until(() -> committedWhenAcked.size() == sent.size());
        assertThat(committedWhenAcked).containsOnlyKeys(idSet(sent)).doesNotContainValue(false);
    }

    @Test
    void storedCheckinsReachTheRegistryAndLeaveTheQueue() {
        TestDevice device = device("kiosk-0001");
        CheckinBatch batch = kiosk.batch(30);

        device.publish(batch);

        await().until(() -> registry.storedIds().equals(idSet(batch.events())));
        await().until(() -> view.backlog() == 0);
        assertThat(registry.requests()).allSatisfy(r -> assertThat(r.authorization())
                .isEqualTo("Bearer " + FakeRegistry.TOKEN));
        assertThat(metric(metrics(), "qrgate_gateway_forwarded_events_total")).isEqualTo(30);
        assertThat(metric(metrics(), "qrgate_gateway_registry_backlog")).isZero();
        assertThat(view.contains(batch.events().get(0).eventId())).isTrue();
    }

    @Test
    void aDeviceNotInTheListIsRefusedCountedAndNotAcked() {
        TestEvents stranger = TestEvents.of("kiosk-0099", VENUE);
        TestDevice device = device("kiosk-0099");
        TestDevice known = device("kiosk-0001");

        device.publish(stranger.batch(7));
        known.publish(kiosk.batch(1));

        await().until(() -> known.acks().size() == 1);
        await().until(() -> metric(metrics(), "qrgate_gateway_refused_events_total{reason=\"unknown_device\"}") == 7);
        assertThat(device.acks()).isEmpty();
        assertThat(view.backlog() + registry.storedIds().size()).isEqualTo(1);
    }

    @Test
    void anEventAtAnotherVenueGetsTheWholeBatchRefused() {
        TestDevice device = device("kiosk-0001");
        List<Event> events = new ArrayList<>(kiosk.next(3));
        events.add(kiosk.atVenue("v-saigon-0002"));

        device.publish(new CheckinBatch(device.id(), events));

        await().until(() -> metric(metrics(), "qrgate_gateway_refused_events_total{reason=\"wrong_venue\"}") == 4);
        assertThat(device.acks()).isEmpty();
        assertThat(view.contains(events.get(0).eventId())).isFalse();
    }

    @Test
    void aBatchOnAnotherDevicesTopicIsRefused() {
        TestDevice device = device("kiosk-0002");

        device.publishRaw(Topics.checkins(device.id()), vn.qrgate.protocol.json.EventJson.encode(kiosk.batch(2)));

        await().until(() -> metric(metrics(), "qrgate_gateway_refused_events_total{reason=\"topic_mismatch\"}") == 2);
        assertThat(device.acks()).isEmpty();
    }

    @Test
    void aMalformedPayloadIsCountedAndDropped() {
        TestDevice device = device("kiosk-0001");

        device.publishRaw(Topics.checkins(device.id()), "{\"v\":1,\"device\":\"kiosk-0001\",\"events\":[{}]}"
                .getBytes(StandardCharsets.UTF_8));
        device.publishRaw(Topics.checkins(device.id()), new byte[] {(byte) 0xff, 0x00});
        device.publish(kiosk.batch(1));

        await().until(() -> device.acks().size() == 1);
        await().until(() -> metric(metrics(), "qrgate_gateway_refused_events_total{reason=\"malformed\"}") == 2);
    }

    @Test
    void statusMessagesFillTheDeviceTableAndTheLastWillTakesADeviceOffline() {
        TestDevice device = device("kiosk-0001");
        device.status(new DeviceStatus(DeviceStatus.State.ONLINE, Optional.of("1.2.0"), 42, Optional.empty(),
                Optional.empty(), Optional.of(3L), List.of("OUTBOX_NEARLY_FULL"), Optional.empty()));

        await().until(() -> view.device(device.id()).map(DeviceRecord::online).orElse(false));
        DeviceRecord row = view.device(device.id()).orElseThrow();
        assertThat(row.backlog()).isEqualTo(42);
        assertThat(row.firmware()).contains("1.2.0");
        assertThat(row.alarms()).containsExactly("OUTBOX_NEARLY_FULL");
        await().until(() -> metric(metrics(), "qrgate_gateway_devices_online") == 1);

        device.vanish();

        await().until(() -> !view.device(device.id()).orElseThrow().online());
        await().until(() -> metric(metrics(), "qrgate_gateway_devices_online") == 0);
    }

    @Test
    void healthSaysUpWithTheBrokerAndTheBacklog() {
        var response = Gateways.send(gateway.httpPort(), "/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"mqtt\":\"connected\",\"store\":\"ok\","
                + "\"registryBacklog\":0}");
    }

    @Test
    void pushedFilesAndSettingsAreRetainedForAFreshSubscriber() throws Exception {
        gateway.close();
        Path deny = dir.resolve("denylist.json");
        Files.writeString(deny, "{\"v\":1,\"version\":7,\"salt\":\"s\",\"hashes\":[\"" + "a".repeat(64) + "\"]}");
        Path trust = dir.resolve("trust.jwks.json");
        Files.write(trust, TestVectors.resource("trust.jwks.json"));
        PushSettings push = new PushSettings(Optional.of(deny), Optional.of(trust), Map.of(DeviceId.of("kiosk-0002"),
                new DevicePush(Optional.of(Direction.OUT), Optional.of(Duration.ofSeconds(20)))),
                Duration.ofMillis(200));
        gateway = GatewayServer.start(config().withPush(push));

        Map<String, byte[]> seen = retained(Topics.DENYLIST, Topics.TRUST, Topics.config(DeviceId.of("kiosk-0002")));

        assertThat(seen.get(Topics.DENYLIST)).isEqualTo(Files.readAllBytes(deny));
        assertThat(seen.get(Topics.TRUST)).isEqualTo(Files.readAllBytes(trust));
        DeviceSettings settings = DeviceJson.decodeSettings(seen.get(Topics.config(DeviceId.of("kiosk-0002"))));
        assertThat(settings).isEqualTo(new DeviceSettings(1, Optional.of(Direction.OUT),
                Optional.of(Duration.ofSeconds(20))));

        // A changed file is published again at the next look.
        String changed = "{\"v\":1,\"version\":8,\"salt\":\"s\",\"hashes\":[]}";
        Files.writeString(deny, changed);
        await().until(() -> new String(retained(Topics.DENYLIST).get(Topics.DENYLIST), StandardCharsets.UTF_8)
                .equals(changed));
    }

    @Test
    void changedSettingsGetAHigherVersionAcrossRestarts() {
        gateway.close();
        DeviceId id = DeviceId.of("kiosk-0001");
        gateway = GatewayServer.start(config().withPush(new PushSettings(Optional.empty(), Optional.empty(),
                Map.of(id, new DevicePush(Optional.of(Direction.IN), Optional.empty())), Duration.ofSeconds(30))));
        await().until(() -> DeviceJson.decodeSettings(retained(Topics.config(id)).get(Topics.config(id))).version() == 1);
        gateway.close();

        gateway = GatewayServer.start(config().withPush(new PushSettings(Optional.empty(), Optional.empty(),
                Map.of(id, new DevicePush(Optional.of(Direction.OUT), Optional.empty())), Duration.ofSeconds(30))));

        await().until(() -> DeviceJson.decodeSettings(retained(Topics.config(id)).get(Topics.config(id)))
                .equals(new DeviceSettings(2, Optional.of(Direction.OUT), Optional.empty())));
    }

    /** What a device connecting now would get: the retained message of each topic. */
    Map<String, byte[]> retained(String... topics) {
        Map<String, byte[]> seen = new ConcurrentHashMap<>();
        try {
            MqttClient client = new MqttClient(broker.uri(), "fresh-" + UUID.randomUUID().toString().substring(0, 8),
                    new MemoryPersistence());
            client.setCallback(new org.eclipse.paho.mqttv5.client.MqttCallback() {
                @Override
                public void disconnected(org.eclipse.paho.mqttv5.client.MqttDisconnectResponse r) {
                }

                @Override
                public void mqttErrorOccurred(org.eclipse.paho.mqttv5.common.MqttException e) {
                }

                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    if (message.isRetained()) {
                        seen.put(topic, message.getPayload());
                    }
                }

                @Override
                public void deliveryComplete(org.eclipse.paho.mqttv5.client.IMqttToken token) {
                }

                @Override
                public void connectComplete(boolean reconnect, String serverURI) {
                }

                @Override
                public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties p) {
                }
            });
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            client.connect(options);
            for (String topic : topics) {
                client.subscribe(topic, 1);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> seen.keySet().containsAll(List.of(topics)));
            client.disconnect();
            client.close();
        } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
            throw new IllegalStateException(e);
        }
        return seen;
    }

    static Set<UUID> idSet(List<Event> events) {
        Set<UUID> ids = new java.util.LinkedHashSet<>();
        events.forEach(e -> ids.add(e.eventId()));
        return ids;
    }
}
