package vn.qrgate.gateway.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.topic.Topics;

/**
 * A reader as the gateway sees it over MQTT v5: publishes check-in batches and its status, sets the offline
 * last will, and collects the acks it receives (on a Paho client, like a real reader).
 */
public final class TestDevice implements AutoCloseable {

    private final DeviceId id;
    private final MqttAsyncClient client;
    private final Set<UUID> acked = ConcurrentHashMap.newKeySet();
    private final List<AckMessage> acks = new CopyOnWriteArrayList<>();
    private volatile Consumer<AckMessage> onAck = ack -> { };

    private TestDevice(DeviceId id, MqttAsyncClient client) {
        this.id = id;
        this.client = client;
    }

    public static TestDevice connect(String uri, String deviceId) {
        return connect(uri, deviceId, null, null);
    }

    /** Connected and subscribed to its acks topic; its last will says offline. */
    public static TestDevice connect(String uri, String deviceId, String username, String password) {
        try {
            DeviceId id = DeviceId.of(deviceId);
            MqttAsyncClient client = new MqttAsyncClient(uri, deviceId, new MemoryPersistence());
            TestDevice device = new TestDevice(id, client);
            client.setCallback(device.callback());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setWill(Topics.status(id), new MqttMessage(DeviceJson.encode(DeviceStatus.offline()), 1, true, null));
            if (username != null) {
                options.setUserName(username);
                options.setPassword(password.getBytes(StandardCharsets.UTF_8));
            }
            client.connect(options).waitForCompletion(10_000);
            client.subscribe(Topics.acks(id), 1).waitForCompletion(10_000);
            return device;
        } catch (MqttException e) {
            throw new IllegalStateException("test device " + deviceId + " cannot connect to " + uri, e);
        }
    }

    public DeviceId id() {
        return id;
    }

    /** Publishes QoS 1 and waits for the broker's PUBACK; returns its reason code. */
    public int publish(CheckinBatch batch) {
        return publishRaw(Topics.checkins(id), EventJson.encode(batch));
    }

    public int publishRaw(String topic, byte[] payload) {
        try {
            IMqttToken token = client.publish(topic, new MqttMessage(payload, 1, false, null));
            token.waitForCompletion(10_000);
            int[] codes = token.getReasonCodes();
            return codes == null || codes.length == 0 ? 0 : codes[0];
        } catch (MqttException e) {
            throw new IllegalStateException("publish on " + topic + " failed", e);
        }
    }

    /** Publishes without waiting for the broker, as a reader with several batches in flight does. */
    public void publishAsync(CheckinBatch batch) {
        publishAsync(EventJson.encode(batch));
    }

    /** An already encoded batch, without waiting for the broker (but for room in the in-flight window). */
    public void publishAsync(byte[] batchJson) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                client.publish(Topics.checkins(id), new MqttMessage(batchJson, 1, false, null));
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                    continue;
                }
                throw new IllegalStateException("publish failed", e);
            }
        }
    }

    public void status(DeviceStatus status) {
        try {
            client.publish(Topics.status(id), new MqttMessage(DeviceJson.encode(status), 1, true, null))
                    .waitForCompletion(10_000);
        } catch (MqttException e) {
            throw new IllegalStateException("status publish failed", e);
        }
    }

    public Set<UUID> ackedIds() {
        return Set.copyOf(acked);
    }

    public List<AckMessage> acks() {
        return List.copyOf(acks);
    }

    /** Called on the MQTT thread for each ack, before it is recorded. */
    public void onAck(Consumer<AckMessage> listener) {
        this.onAck = listener;
    }

    /** Drops the connection without DISCONNECT, so the broker publishes the last will. */
    public void vanish() {
        try {
            client.disconnectForcibly(0, 1000, false);
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException ignored) {
            // the test is over
        }
    }

    private MqttCallback callback() {
        return new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                AckMessage ack = EventJson.decodeAck(message.getPayload());
                onAck.accept(ack);
                acks.add(ack);
                acked.addAll(ack.ids());
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        };
    }
}
