package vn.qrgate.gateway.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
import vn.qrgate.gateway.adapter.http.HttpTrustDocuments;
import vn.qrgate.gateway.adapter.mqtt.MqttGatewayClient;
import vn.qrgate.gateway.config.MqttSettings;
import vn.qrgate.gateway.config.RegistrySettings;
import vn.qrgate.gateway.port.InboundMessages;
import vn.qrgate.gateway.testing.FakeRegistry;
import vn.qrgate.gateway.testing.FakeTrustRegistry;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.protocol.topic.Topics;

/**
 * The registry's lists reach the devices through a private Mosquitto with the site's {@code acl}: what a
 * device subscribed to the trust and revocation topics receives, message by message, as the registry (real
 * HTTP) changes, fails and comes back. A later change serves as the barrier that proves an earlier message
 * was not sent: the broker delivers one publisher's messages to a subscriber in order.
 */
class TrustPollerIT {

    static final Path ACL = Path.of("broker/acl").toAbsolutePath();

    record Received(String topic, String payload, boolean retained) {
    }

    @TempDir
    Path dir;
    PrivateMosquitto broker;
    FakeTrustRegistry registry;
    MqttGatewayClient mqtt;
    TrustPoller poller;
    MqttAsyncClient device;
    final List<Received> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        broker = PrivateMosquitto.in(dir.resolve("broker")).user("qrgate-gateway", "gw-secret")
                .user("kiosk-0001", "k1-secret").acl(ACL).start();
        registry = FakeTrustRegistry.start();
        registry.serve(FakeTrustRegistry.TRUST, TrustPollerTest.TRUST);
        registry.serve(FakeTrustRegistry.REVOCATIONS, TrustPollerTest.revocations(TrustPollerTest.PERSON));
        mqtt = new MqttGatewayClient(MqttSettings.of(URI.create(broker.uri())).withLogin("qrgate-gateway", "gw-secret"),
                "qrgate-gateway-trust-it", new InboundMessages() {
                    @Override
                    public void checkins(DeviceId d, byte[] payload, Runnable complete) {
                        complete.run();
                    }

                    @Override
                    public void status(DeviceId d, byte[] payload, boolean retained) {
                    }

                    @Override
                    public void connected() {
                    }
                });
        mqtt.start();
        assertThat(mqtt.awaitSubscribed(Duration.ofSeconds(10))).isTrue();
        poller = new TrustPoller(new HttpTrustDocuments(RegistrySettings.of(URI.create(registry.url()),
                FakeRegistry.TOKEN)), mqtt, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws MqttException {
        if (device != null) {
            if (device.isConnected()) {
                device.disconnect().waitForCompletion(5_000);
            }
            device.close();
        }
        mqtt.close();
        registry.close();
        broker.close();
    }

    /** Logs in as kiosk-0001 and subscribes to the two lists. */
    void deviceSubscribes() throws MqttException {
        device = new MqttAsyncClient(broker.uri(), "kiosk-0001", new MemoryPersistence());
        device.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse r) {
            }

            @Override
            public void mqttErrorOccurred(MqttException e) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
                        message.isRetained()));
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
        options.setUserName("kiosk-0001");
        options.setPassword("k1-secret".getBytes(StandardCharsets.UTF_8));
        device.connect(options).waitForCompletion(10_000);
        device.subscribe(new String[] {Topics.TRUST, Topics.REVOCATIONS}, new int[] {1, 1}).waitForCompletion(10_000);
    }

    List<String> topics() {
        return received.stream().map(Received::topic).toList();
    }

    @Test
    void aDeviceGetsBothListsRetainedAfterTheFirstFetchAndAChangeButNothingForAnUnchangedList() throws Exception {
        poller.connected();
        deviceSubscribes();
        await().until(() -> received.size() == 2);
        assertThat(received).containsExactlyInAnyOrder(
                new Received(Topics.TRUST, TrustPollerTest.TRUST, true),
                new Received(Topics.REVOCATIONS, TrustPollerTest.revocations(TrustPollerTest.PERSON), true));

        poller.poll();
        poller.poll();
        String changed = TrustPollerTest.revocations(TrustPollerTest.PERSON, TrustPollerTest.OTHER);
        registry.serve(FakeTrustRegistry.REVOCATIONS, changed);
        poller.poll();

        await().until(() -> received.size() >= 3);
        assertThat(received.subList(2, received.size())).containsExactly(new Received(Topics.REVOCATIONS, changed, false));
        assertThat(registry.answered(FakeTrustRegistry.TRUST, 304)).isEqualTo(3);
    }

    @Test
    void anInvalidListIsNotPublishedAndTheDevicesKeepTheLastGoodOne() throws Exception {
        poller.connected();
        deviceSubscribes();
        await().until(() -> received.size() == 2);

        registry.serve(FakeTrustRegistry.REVOCATIONS, "{\"v\":1,\"salt\":\"s\",\"keys\":\"not-a-list\"}");
        poller.poll();
        // The barrier: a new trust list, published after the revocation list would have been.
        String newTrust = TrustPollerTest.TRUST.replace("test-2026", "test-2027");
        registry.serve(FakeTrustRegistry.TRUST, newTrust);
        poller.poll();

        await().until(() -> received.size() >= 3);
        assertThat(received.subList(2, received.size())).containsExactly(new Received(Topics.TRUST, newTrust, false));
        received.clear();
        device.unsubscribe(Topics.REVOCATIONS).waitForCompletion(5_000);
        device.subscribe(Topics.REVOCATIONS, 1).waitForCompletion(5_000);
        await().until(() -> received.size() == 1);
        assertThat(received.get(0).payload()).isEqualTo(TrustPollerTest.revocations(TrustPollerTest.PERSON));
    }

    @Test
    void aRegistryAnswering503PublishesNothingAndTheListsGoOutWhenItIsBack() throws Exception {
        registry.fail(FakeTrustRegistry.TRUST, 503);
        registry.fail(FakeTrustRegistry.REVOCATIONS, 503);
        deviceSubscribes();
        poller.connected();
        poller.poll();
        assertThat(registry.answered(FakeTrustRegistry.REVOCATIONS, 503)).isEqualTo(2);

        registry.recover(FakeTrustRegistry.TRUST);
        registry.recover(FakeTrustRegistry.REVOCATIONS);
        poller.poll();

        await().until(() -> received.size() >= 2);
        assertThat(topics()).containsExactly(Topics.TRUST, Topics.REVOCATIONS);
    }

    @Test
    void aDeviceMayReadTheRevocationListButNotWriteIt() throws Exception {
        String original = TrustPollerTest.revocations(TrustPollerTest.PERSON);
        poller.connected();
        deviceSubscribes();
        await().until(() -> topics().contains(Topics.REVOCATIONS));

        IMqttToken token = device.publish(Topics.REVOCATIONS, new MqttMessage("{}".getBytes(StandardCharsets.UTF_8), 1,
                true, null));
        token.waitForCompletion(10_000);
        assertThat(token.getReasonCodes()).containsExactly(0x87);

        // What the broker holds is still the gateway's list (the refused writer may have been disconnected).
        device.disconnectForcibly(0, 1_000, false);
        device.close();
        received.clear();
        deviceSubscribes();
        await().until(() -> topics().contains(Topics.REVOCATIONS));
        assertThat(received).filteredOn(r -> r.topic().equals(Topics.REVOCATIONS)).extracting(Received::payload)
                .containsExactly(original);
    }
}
