package vn.qrgate.gateway.adapter.mqtt;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.config.MqttSettings;
import vn.qrgate.gateway.domain.Backoff;
import vn.qrgate.gateway.port.AckSender;
import vn.qrgate.gateway.port.InboundMessages;
import vn.qrgate.gateway.port.PublishException;
import vn.qrgate.gateway.port.RetainedPublisher;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.topic.DeviceTopic;
import vn.qrgate.protocol.topic.Topics;

/**
 * The gateway's MQTT v5 connection (Paho, memory persistence). It subscribes QoS 1 to the fleet's check-ins
 * through the shared subscription and to every device's status (not shared: each gateway sees the whole
 * fleet), and completes (PUBACKs) a check-in message only when the core says so: manual acks, so a gateway
 * that dies before its commit leaves the message with the broker.
 *
 * <p>It reconnects by itself with exponential backoff and full jitter, and subscribes again each time. With a
 * {@code sessionExpiry} above zero the broker keeps the session, so check-ins published while the gateway was
 * away are delivered when it is back; with the default clean session the devices' resends cover that time.
 */
public final class MqttGatewayClient implements AckSender, RetainedPublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MqttGatewayClient.class);
    /** At most this many unconfirmed check-in messages are with the gateway at once; the broker holds the rest. */
    static final int RECEIVE_MAXIMUM = 1000;
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration INFLIGHT_WAIT = Duration.ofSeconds(10);
    private static final String STATUS_FILTER = "qrgate/v1/devices/+/status";

    private final MqttSettings settings;
    private final String clientId;
    private final InboundMessages inbound;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    private final Backoff backoff;
    private final ScheduledExecutorService connector;
    private final CountDownLatch firstSubscription = new CountDownLatch(1);
    /** Counts successful connections; a completion from an earlier connection is not sent on a later one. */
    private final AtomicInteger connection = new AtomicInteger();
    private final AtomicLong refusedAcks = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean retryScheduled =
            new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean running;
    private volatile boolean subscribed;

    public MqttGatewayClient(MqttSettings settings, String clientId, InboundMessages inbound) {
        this.settings = settings;
        this.clientId = clientId;
        this.inbound = inbound;
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax(), Math::random);
        try {
            this.client = new MqttAsyncClient(settings.uri().toString(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot create the MQTT client for " + settings.uri() + ": "
                    + describe(e), e);
        }
        this.options = options(settings);
        client.setManualAcks(true);
        client.setCallback(new Callback());
        this.connector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qrgate-mqtt-connect");
            t.setDaemon(true);
            return t;
        });
    }

    private static MqttConnectionOptions options(MqttSettings settings) {
        MqttConnectionOptions o = new MqttConnectionOptions();
        long expiry = settings.sessionExpiry().toSeconds();
        o.setCleanStart(expiry == 0);
        o.setSessionExpiryInterval(expiry);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout((int) OPERATION_TIMEOUT.toSeconds());
        o.setReceiveMaximum(RECEIVE_MAXIMUM);
        settings.username().ifPresent(o::setUserName);
        settings.password().ifPresent(p -> o.setPassword(p.reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        // Acks are small packets; Nagle's algorithm would hold each back for the device's TCP ack (~40 ms).
        if (settings.usesTls()) {
            o.setSocketFactory(NoDelaySockets.tls(PemTls.socketFactory(settings.caFile(), settings.clientCert(),
                    settings.clientKey())));
            o.setHttpsHostnameVerificationEnabled(true);
        } else {
            o.setSocketFactory(NoDelaySockets.plain());
        }
        return o;
    }

    /** Starts connecting in the background; {@link #awaitSubscribed} tells when the first subscription is in place. */
    public void start() {
        running = true;
        connector.execute(this::connectOnce);
    }

    public boolean awaitSubscribed(Duration timeout) throws InterruptedException {
        return firstSubscription.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean connected() {
        return client.isConnected() && subscribed;
    }

    private void connectOnce() {
        retryScheduled.set(false);
        if (!running || client.isConnected()) {
            return;
        }
        try {
            IMqttToken token = client.connect(options);
            token.waitForCompletion(OPERATION_TIMEOUT.toMillis());
            IMqttToken sub = client.subscribe(new MqttSubscription[] {
                new MqttSubscription(settings.sharedCheckinsFilter(), 1), new MqttSubscription(STATUS_FILTER, 1)});
            sub.waitForCompletion(OPERATION_TIMEOUT.toMillis());
            int[] codes = sub.getReasonCodes();
            String[] filters = {settings.sharedCheckinsFilter(), STATUS_FILTER};
            boolean all = true;
            for (int i = 0; i < filters.length; i++) {
                int code = codes != null && codes.length > i ? codes[i] : 0x80;
                if (code >= 0x80) {
                    all = false;
                    LOG.error("the broker refused the subscription to {} (reason 0x{}{}); check the broker's acl for "
                            + "user {}", filters[i], Integer.toHexString(code), code == 0x87 ? ", not authorised" : "",
                            settings.username().orElse("(none)"));
                }
            }
            subscribed = all;
            connection.incrementAndGet();
            backoff.reset();
            LOG.info("connected to {} as {}{}; subscribed to {} and {}", settings.uri(), clientId,
                    token.getSessionPresent() ? " (session resumed)" : "", settings.sharedCheckinsFilter(), STATUS_FILTER);
            inbound.connected();
            firstSubscription.countDown();
        } catch (MqttException e) {
            subscribed = false;
            if (client.isConnected()) {
                try {
                    client.disconnectForcibly(0, 1000, false);
                } catch (MqttException ignored) {
                    // already gone
                }
            }
            boolean login = e.getReasonCode() == 0x86 || e.getReasonCode() == 0x87 || e.getReasonCode() == 4
                    || e.getReasonCode() == 5;
            retryLater("cannot connect to " + settings.uri() + " as " + clientId + ": " + describe(e)
                    + (login ? "; check mqtt.username and mqtt.password against the broker's password file" : ""));
        } catch (RuntimeException e) {
            subscribed = false;
            retryLater("cannot connect to " + settings.uri() + ": " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
        }
    }

    private void retryLater(String why) {
        if (!running || !retryScheduled.compareAndSet(false, true)) {
            return;
        }
        Duration wait = backoff.next();
        if (backoff.failures() <= 1 || backoff.failures() % 10 == 0) {
            LOG.warn("{}; retrying in {} ms", why, wait.toMillis());
        } else {
            LOG.debug("{}; retrying in {} ms", why, wait.toMillis());
        }
        try {
            connector.schedule(this::connectOnce, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // closing
        }
    }

    @Override
    public void sendAck(DeviceId device, AckMessage ack) {
        String topic = Topics.acks(device);
        MqttMessage message = new MqttMessage(EventJson.encode(ack), 1, false, null);
        long deadline = System.nanoTime() + INFLIGHT_WAIT.toNanos();
        while (true) {
            try {
                client.publish(topic, message, device, ackListener);
                return;
            } catch (MqttException e) {
                boolean full = e.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT;
                if (full && client.isConnected() && System.nanoTime() < deadline) {
                    // The broker's receive window for our acks is full; its PUBACKs free it within milliseconds.
                    LockSupport.parkNanos(1_000_000);
                    continue;
                }
                throw new PublishException("could not hand the ack for device " + device + " to the MQTT client: "
                        + describe(e), e);
            }
        }
    }

    private final MqttActionListener ackListener = new MqttActionListener() {
        @Override
        public void onSuccess(IMqttToken token) {
            int[] codes = token.getReasonCodes();
            if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                long n = refusedAcks.incrementAndGet();
                if (n == 1 || n % 1000 == 0) {
                    LOG.error("the broker refused the ack for device {} (reason 0x{}); {} refused so far: check the "
                            + "broker's acl lets user {} write qrgate/v1/devices/+/acks", token.getUserContext(),
                            Integer.toHexString(codes[0]), n, settings.username().orElse("(none)"));
                }
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            LOG.debug("ack for device {} not confirmed by the broker: {}", token.getUserContext(),
                    e == null ? "?" : e.getMessage());
        }
    };

    @Override
    public void publishRetained(String topic, byte[] payload) {
        try {
            IMqttToken token = client.publish(topic, new MqttMessage(payload, 1, true, null));
            token.waitForCompletion(OPERATION_TIMEOUT.toMillis());
            int[] codes = token.getReasonCodes();
            if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                throw new PublishException("the broker refused the retained message on " + topic + " (reason 0x"
                        + Integer.toHexString(codes[0]) + "); check the broker's acl for user "
                        + settings.username().orElse("(none)"));
            }
        } catch (MqttException e) {
            throw new PublishException("could not publish on " + topic + ": " + describe(e), e);
        }
    }

    /** Stops reconnecting and disconnects, letting acks already handed over reach the broker first. */
    @Override
    public void close() {
        running = false;
        connector.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(5_000).waitForCompletion(7_000);
            }
        } catch (MqttException e) {
            LOG.debug("disconnect: {}", describe(e));
            try {
                client.disconnectForcibly(0, 1000, false);
            } catch (MqttException ignored) {
                // already gone
            }
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("close: {}", describe(e));
        }
        subscribed = false;
    }

    static String describe(MqttException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Throwable cause = e.getCause();
        return message + " (reason " + e.getReasonCode() + ")" + (cause == null ? "" : ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
    }

    private final class Callback implements MqttCallback {

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            int id = message.getId();
            int qos = message.getQos();
            int at = connection.get();
            Runnable complete = () -> complete(at, id, qos);
            try {
                var parsed = Topics.parse(topic);
                if (parsed.isEmpty()) {
                    LOG.debug("ignored a message on {}", topic);
                    complete.run();
                    return;
                }
                DeviceTopic dt = parsed.get();
                if (dt.channel() == DeviceTopic.Channel.CHECKINS) {
                    inbound.checkins(dt.device(), message.getPayload(), complete);
                } else if (dt.channel() == DeviceTopic.Channel.STATUS) {
                    try {
                        inbound.status(dt.device(), message.getPayload(), message.isRetained());
                    } finally {
                        complete.run();
                    }
                } else {
                    complete.run();
                }
            } catch (RuntimeException e) {
                // Paho drops the connection when this method throws; the core should never let it get here.
                LOG.error("unexpected failure handling a message on {}: {}", topic, e.toString());
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            subscribed = false;
            if (!running) {
                return;
            }
            MqttException e = response.getException();
            retryLater("lost the connection to " + settings.uri() + ": "
                    + (e != null ? describe(e) : "reason " + response.getReturnCode()
                            + (response.getReasonString() == null ? "" : " " + response.getReasonString())));
        }

        @Override
        public void mqttErrorOccurred(MqttException e) {
            LOG.warn("MQTT error: {}", describe(e));
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // acks and retained messages: their listeners or callers look at the outcome
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            // connectOnce subscribes and reports
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // no enhanced authentication
        }
    }

    private void complete(int at, int id, int qos) {
        if (qos == 0 || connection.get() != at) {
            // QoS 0 needs none; after a reconnect the broker sends the message again and it is completed then.
            return;
        }
        try {
            client.messageArrivedComplete(id, qos);
        } catch (MqttException | RuntimeException e) {
            LOG.debug("could not confirm message {} to the broker: {}", id, e.toString());
        }
    }
}
