package vn.qrgate.reader.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.DeviceJson;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.topic.Topics;

/**
 * A stand-in for the gateway in reader tests: a plain Paho v5 client that takes every device's check-ins,
 * records them, and acks them on the device's acks topic (unless told to hold its acks). It also reads the
 * devices' retained status and publishes retained config, deny lists and trust lists.
 */
public final class TestGateway implements AutoCloseable {

    /** One check-in message as it arrived. */
    public record Received(DeviceId device, List<Event> events, int payloadBytes) {
    }

    private final MqttAsyncClient client;
    private final List<Received> received = new ArrayList<>();
    private final Map<DeviceId, DeviceStatus> statuses = new ConcurrentHashMap<>();
    private final List<DeviceStatus> statusHistory = new ArrayList<>();
    private final AtomicBoolean acking = new AtomicBoolean(true);
    private static final java.util.regex.Pattern EVENT_ID = java.util.regex.Pattern.compile("\"eventId\":\"([0-9a-f-]{36})\"");
    private volatile boolean countOnly;
    private long countedIds;
    private long countedMessages;

    private TestGateway(String uri, Optional<String> user, Optional<String> password) throws MqttException {
        client = new MqttAsyncClient(uri, "test-gateway-" + UUID.randomUUID().toString().substring(0, 8),
                new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 1);
        // As a real gateway should: without TCP_NODELAY each small ack waits for a delayed TCP acknowledgement.
        options.setSocketFactory(new NoDelay());
        user.ifPresent(options::setUserName);
        password.ifPresent(p -> options.setPassword(p.getBytes(StandardCharsets.UTF_8)));
        client.setCallback(new Callback());
        client.connect(options).waitForCompletion(10_000);
        subscribe();
    }

    public static TestGateway connect(String uri) {
        return connect(uri, Optional.empty(), Optional.empty());
    }

    public static TestGateway connect(String uri, Optional<String> user, Optional<String> password) {
        try {
            return new TestGateway(uri, user, password);
        } catch (MqttException e) {
            throw new IllegalStateException("test gateway cannot connect to " + uri + ": " + e, e);
        }
    }

    private void subscribe() throws MqttException {
        IMqttToken token = client.subscribe(new MqttSubscription[] {
            new MqttSubscription("qrgate/v1/devices/+/checkins", 1), new MqttSubscription("qrgate/v1/devices/+/status", 1)});
        token.waitForCompletion(10_000);
    }

    /**
     * For throughput runs: check-ins are acked at once and only counted, their ids found without decoding
     * the events, so that this stand-in costs little beside the reader it measures.
     */
    public void countOnly() {
        countOnly = true;
    }

    public synchronized long countedIds() {
        return countedIds;
    }

    public synchronized long countedMessages() {
        return countedMessages;
    }

    /** From now on, check-ins are recorded but not acked. */
    public void holdAcks() {
        acking.set(false);
    }

    public void resumeAcks() {
        acking.set(true);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Every event id received, in arrival order, repeats included. */
    public synchronized List<UUID> eventIds() {
        List<UUID> ids = new ArrayList<>();
        for (Received r : received) {
            r.events().forEach(e -> ids.add(e.eventId()));
        }
        return ids;
    }

    /** Each event by id, as first received, in arrival order. */
    public synchronized Map<UUID, Event> firstReceipts() {
        Map<UUID, Event> first = new LinkedHashMap<>();
        for (Received r : received) {
            r.events().forEach(e -> first.putIfAbsent(e.eventId(), e));
        }
        return first;
    }

    public Optional<DeviceStatus> status(DeviceId device) {
        return Optional.ofNullable(statuses.get(device));
    }

    public synchronized List<DeviceStatus> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public void publishRetained(String topic, byte[] payload) {
        try {
            client.publish(topic, payload, 1, true).waitForCompletion(10_000);
        } catch (MqttException e) {
            throw new IllegalStateException("test gateway cannot publish to " + topic + ": " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException e) {
            // The broker may be gone already.
        }
    }

    private static final class NoDelay extends javax.net.SocketFactory {
        private final javax.net.SocketFactory plain = javax.net.SocketFactory.getDefault();

        private static java.net.Socket on(java.net.Socket s) throws java.io.IOException {
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public java.net.Socket createSocket() throws java.io.IOException {
            return on(plain.createSocket());
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws java.io.IOException {
            return on(plain.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(String host, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return on(plain.createSocket(host, port, local, localPort));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) throws java.io.IOException {
            return on(plain.createSocket(host, port));
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port, java.net.InetAddress local, int localPort)
                throws java.io.IOException {
            return on(plain.createSocket(host, port, local, localPort));
        }
    }

    private final class Callback implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) throws Exception {
            Optional<DeviceId> device = Topics.parse(topic).map(t -> t.device());
            if (device.isEmpty()) {
                return;
            }
            if (topic.endsWith("/status")) {
                DeviceStatus status = DeviceJson.decodeStatus(message.getPayload());
                statuses.put(device.get(), status);
                synchronized (TestGateway.this) {
                    statusHistory.add(status);
                }
                return;
            }
            if (countOnly) {
                List<UUID> ids = new ArrayList<>();
                java.util.regex.Matcher m = EVENT_ID.matcher(new String(message.getPayload(), StandardCharsets.UTF_8));
                while (m.find()) {
                    ids.add(UUID.fromString(m.group(1)));
                }
                synchronized (TestGateway.this) {
                    countedIds += ids.size();
                    countedMessages++;
                }
                client.publish(Topics.acks(device.get()), EventJson.encode(new AckMessage(ids)), 1, false);
                return;
            }
            CheckinBatch batch = EventJson.decodeCheckinBatch(message.getPayload());
            synchronized (TestGateway.this) {
                received.add(new Received(batch.device(), batch.events(), message.getPayload().length));
            }
            if (acking.get()) {
                List<UUID> ids = batch.events().stream().map(Event::eventId).toList();
                // Not waited for: this runs on Paho's callback thread.
                client.publish(Topics.acks(batch.device()), EventJson.encode(new AckMessage(ids)), 1, false);
            }
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (reconnect) {
                try {
                    client.subscribe(new MqttSubscription[] {new MqttSubscription("qrgate/v1/devices/+/checkins", 1),
                        new MqttSubscription("qrgate/v1/devices/+/status", 1)});
                } catch (MqttException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }
}
