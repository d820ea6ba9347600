package vn.qrgate.reader.adapter.mqtt;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.eclipse.paho.mqttv5.client.IMqttToken;
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
import vn.qrgate.protocol.topic.Topics;

/**
 * The connection to the broker: one Paho MQTT v5 client (memory persistence: the outbox is the only store
 * on the device), client id = device id, clean start, the offline status as last will, Paho's automatic
 * reconnect off. Its own thread connects, subscribes and, after a loss, reconnects with {@link Backoff}.
 * What arrives and what the broker answers goes to the {@link Listener}, on Paho's callback thread.
 * Never logs a payload.
 */
final class BrokerLink implements MqttCallback, DrainLoop.Sender, Runnable {

    /** Told about the link; called on Paho's or the link's thread, and must return quickly. */
    interface Listener {
        /** Connected and subscribed; {@code receiveMaximum}: QoS 1 messages the broker takes in flight. */
        void connected(int receiveMaximum);

        void disconnected();

        void message(String topic, byte[] payload);

        void published(long batch);

        void refused(long batch, int reasonCode);
    }

    private static final Logger LOG = LoggerFactory.getLogger(BrokerLink.class);
    static final int QOS = 1;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    /** A connection that held this long resets the reconnect backoff. */
    static final Duration STABLE = Duration.ofSeconds(10);
    /** Client-side codes meaning "the link is down": the batch goes again in the next session. */
    private static final Set<Integer> LINK_DOWN = Set.of((int) MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED,
            (int) MqttClientException.REASON_CODE_CONNECTION_LOST, (int) MqttClientException.REASON_CODE_CLIENT_DISCONNECTING,
            (int) MqttClientException.REASON_CODE_CLIENT_CLOSED, (int) MqttClientException.REASON_CODE_CLIENT_ALREADY_DISCONNECTED);

    private final MqttSettings settings;
    private final Listener listener;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    private final Backoff backoff;
    private final String[] topics;

    private final Object lock = new Object();
    private boolean connected;
    private boolean stopping;
    private String lastProblem = "";
    private Thread thread;

    BrokerLink(MqttSettings settings, Listener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        this.options = PahoSetup.options(settings);
        this.topics = new String[] {Topics.acks(settings.device()), Topics.config(settings.device()), Topics.DENYLIST,
            Topics.TRUST, Topics.REVOCATIONS};
        try {
            this.client = new MqttAsyncClient(settings.shownUri(), settings.device().value(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new MqttSetupException("mqtt.uri " + settings.shownUri() + ": " + e.getMessage());
        }
        client.setCallback(this);
    }

    boolean connected() {
        synchronized (lock) {
            return connected;
        }
    }

    /** Starts the link's thread, which connects and keeps reconnecting until {@link #close}. */
    void start() {
        thread = new Thread(this, "qrgate-mqtt-link");
        thread.setDaemon(true);
        thread.start();
    }

    /** The connect loop: runs until {@link #close}. */
    @Override
    public void run() {
        boolean wasUp = false;
        long upSince = 0;
        while (true) {
            synchronized (lock) {
                while (connected && !stopping) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopping) {
                    return;
                }
            }
            if (wasUp) {
                wasUp = false;
                // A link that drops right after connecting (a broker that closes it at once) must not
                // turn into a reconnect storm: only a connection that held resets the backoff.
                if (System.nanoTime() - upSince >= STABLE.toNanos()) {
                    backoff.reset();
                } else if (!pause(backoff.next())) {
                    return;
                }
            }
            if (connectOnce()) {
                wasUp = true;
                upSince = System.nanoTime();
            } else if (!pause(backoff.next())) {
                return;
            }
        }
    }

    /** False if stopping. */
    private boolean pause(Duration wait) {
        synchronized (lock) {
            try {
                if (!stopping) {
                    lock.wait(Math.max(1, wait.toMillis()));
                }
            } catch (InterruptedException e) {
                return false;
            }
            return !stopping;
        }
    }

    private boolean connectOnce() {
        try {
            IMqttToken token = client.connect(options);
            token.waitForCompletion(CONNECT_TIMEOUT.plusSeconds(5).toMillis());
            if (!client.isConnected()) {
                throw new MqttException(MqttClientException.REASON_CODE_CLIENT_TIMEOUT);
            }
            Integer receiveMaximum = token.getResponseProperties() == null ? null
                    : token.getResponseProperties().getReceiveMaximum();
            subscribe();
            synchronized (lock) {
                // Paho marks the client disconnected before it calls disconnected(): checked under the lock,
                // a loss is either seen here or reported after connected() below, never lost between them.
                if (!client.isConnected()) {
                    throw new MqttException(MqttClientException.REASON_CODE_CONNECTION_LOST);
                }
                if (stopping) {
                    // close() says goodbye on this connection.
                    return true;
                }
                connected = true;
                LOG.info("mqtt: connected to {} as {}", settings.shownUri(), settings.device());
                listener.connected(receiveMaximum == null ? 65_535 : receiveMaximum);
            }
            lastProblem = "";
            return true;
        } catch (MqttException e) {
            String problem = PahoSetup.describe(e);
            if (!problem.equals(lastProblem)) {
                LOG.warn("mqtt: cannot connect to {}: {}; trying again with backoff up to {} s", settings.shownUri(),
                        problem, settings.reconnectMax().toSeconds());
                lastProblem = problem;
            } else {
                LOG.debug("mqtt: cannot connect to {}: {}", settings.shownUri(), problem);
            }
            forceDisconnect();
            return false;
        }
    }

    private void subscribe() throws MqttException {
        MqttSubscription[] subs = new MqttSubscription[topics.length];
        for (int i = 0; i < topics.length; i++) {
            subs[i] = new MqttSubscription(topics[i], QOS);
        }
        IMqttToken token = client.subscribe(subs);
        token.waitForCompletion(CONNECT_TIMEOUT.toMillis());
        int[] codes = token.getReasonCodes();
        for (int i = 0; codes != null && i < codes.length && i < topics.length; i++) {
            if (ReasonCodes.isFailure(codes[i])) {
                LOG.warn("mqtt: the broker refused the subscription to {}: {}", topics[i], ReasonCodes.describe(codes[i]));
            }
        }
    }

    @Override
    public boolean send(long batch, String topic, byte[] payload) {
        try {
            client.publish(topic, payload, QOS, false, batch, new PublishOutcome(batch, listener));
            return true;
        } catch (MqttException e) {
            if (LINK_DOWN.contains(e.getReasonCode())) {
                return false;
            }
            // Refused before it left (e.g. larger than the broker's maximum packet size).
            listener.refused(batch, e.getReasonCode());
            return true;
        }
    }

    /** A retained QoS 1 message (the status); dropped quietly when the link is down. */
    void publishRetained(String topic, byte[] payload) {
        try {
            client.publish(topic, payload, QOS, true);
        } catch (MqttException e) {
            LOG.debug("mqtt: status not published: {}", PahoSetup.describe(e));
        }
    }

    // ---- Paho callbacks ----

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        synchronized (lock) {
            if (!connected) {
                return;
            }
            connected = false;
            lock.notifyAll();
            String why = response.getException() != null ? PahoSetup.describe(response.getException())
                    : "the broker disconnected: " + ReasonCodes.describe(response.getReturnCode());
            LOG.warn("mqtt: connection to {} lost: {}", settings.shownUri(), why);
            listener.disconnected();
        }
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        LOG.warn("mqtt: {}", PahoSetup.describe(exception));
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        try {
            listener.message(topic, message.getPayload());
        } catch (RuntimeException e) {
            // An exception here would make Paho drop the connection.
            LOG.error("mqtt: handling a message on {} failed: {}", topic, e.toString());
        }
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
        // Publish outcomes come through each publish's own listener.
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        // The link's own thread reports connections, after subscribing.
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
        // No enhanced authentication.
    }

    /**
     * Stops reconnecting (waiting for a connect attempt under way to end), publishes {@code goodbye}
     * retained if connected, disconnects cleanly (so the broker drops the last will) and releases the client.
     */
    void close(byte[] goodbye) {
        synchronized (lock) {
            stopping = true;
            // From here a disconnect is ours, not a loss to report.
            connected = false;
            lock.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(CONNECT_TIMEOUT.plus(CLOSE_WAIT).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            if (client.isConnected()) {
                client.publish(Topics.status(settings.device()), goodbye, QOS, true)
                        .waitForCompletion(CLOSE_WAIT.toMillis());
                client.disconnect(CLOSE_WAIT.toMillis()).waitForCompletion(CLOSE_WAIT.toMillis());
                LOG.info("mqtt: disconnected from {}", settings.shownUri());
            }
        } catch (MqttException e) {
            LOG.warn("mqtt: clean disconnect failed: {}", PahoSetup.describe(e));
        }
        forceDisconnect();
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.warn("mqtt: closing the client: {}", PahoSetup.describe(e));
        }
    }

    private void forceDisconnect() {
        try {
            if (client.isConnected()) {
                client.disconnectForcibly(0, 100, false);
            }
        } catch (MqttException e) {
            LOG.debug("mqtt: forced disconnect: {}", PahoSetup.describe(e));
        }
    }
}
