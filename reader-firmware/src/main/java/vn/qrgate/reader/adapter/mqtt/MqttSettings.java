package vn.qrgate.reader.adapter.mqtt;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.protocol.event.DeviceId;

/**
 * How the publisher reaches the broker and paces the drain. The device id is the MQTT client id (DESIGN
 * §4). Checked when built; the password never appears in {@link #toString()}.
 *
 * @param inFlight              batches published and not yet acked by the gateway, at most
 * @param ackTimeout            a batch not acked this long is no longer in flight and its rows go again
 * @param unreachableAlarmAfter BROKER_UNREACHABLE is raised after this long without a connection
 * @param keepAlive             MQTT keep-alive; a dead link is noticed after about 1.5 times this
 * @param statusEvery           the retained status is refreshed this often (and when alarms change)
 */
public record MqttSettings(URI uri, DeviceId device, Optional<Path> caFile, Optional<String> username,
                           Optional<String> password, Optional<Path> clientCert, Optional<Path> clientKey,
                           int batchSize, int batchBytes, int inFlight, Duration ackTimeout, Duration reconnectMin,
                           Duration reconnectMax, Duration unreachableAlarmAfter, Duration keepAlive,
                           Duration statusEvery) {

    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int DEFAULT_BATCH_BYTES = 262_144;
    public static final int DEFAULT_IN_FLIGHT = 4;
    public static final Duration DEFAULT_ACK_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RECONNECT_MIN = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(60);
    public static final Duration DEFAULT_UNREACHABLE_ALARM_AFTER = Duration.ofMinutes(10);
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_STATUS_EVERY = Duration.ofSeconds(60);

    private static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");

    public MqttSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientCert, "clientCert");
        Objects.requireNonNull(clientKey, "clientKey");
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("mqtt uri must be tcp://, ssl://, ws:// or wss:// with a host");
        }
        if (batchSize < 1 || batchBytes < 1 || inFlight < 1) {
            throw new IllegalArgumentException("batch size, batch bytes and in-flight must be >= 1");
        }
        positive("ackTimeout", ackTimeout);
        positive("reconnectMin", reconnectMin);
        positive("reconnectMax", reconnectMax);
        positive("unreachableAlarmAfter", unreachableAlarmAfter);
        positive("keepAlive", keepAlive);
        positive("statusEvery", statusEvery);
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("reconnectMax must not be shorter than reconnectMin");
        }
        if (clientCert.isPresent() != clientKey.isPresent()) {
            throw new IllegalArgumentException("clientCert and clientKey go together");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("a password needs a username");
        }
    }

    /** Defaults for everything but the broker and the device; change them with the builder. */
    public static Builder builder(URI uri, DeviceId device) {
        return new Builder(uri, device);
    }

    public boolean usesTls() {
        return uri.getScheme().equals("ssl") || uri.getScheme().equals("wss");
    }

    /** The broker address without any {@code user:password@}, for logs. */
    public String shownUri() {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    @Override
    public String toString() {
        return "MqttSettings[" + shownUri() + " as " + device + username.map(u -> ", user " + u).orElse("")
                + (password.isPresent() ? ", password ***" : "") + (clientCert.isPresent() ? ", client cert" : "")
                + ", batch " + batchSize + "/" + batchBytes + " B, in flight " + inFlight + ", ack timeout "
                + ackTimeout + "]";
    }

    private static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    /** Builds settings: everything not set keeps its default. */
    public static final class Builder {
        private final URI uri;
        private final DeviceId device;
        private Optional<Path> caFile = Optional.empty();
        private Optional<String> username = Optional.empty();
        private Optional<String> password = Optional.empty();
        private Optional<Path> clientCert = Optional.empty();
        private Optional<Path> clientKey = Optional.empty();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private int batchBytes = DEFAULT_BATCH_BYTES;
        private int inFlight = DEFAULT_IN_FLIGHT;
        private Duration ackTimeout = DEFAULT_ACK_TIMEOUT;
        private Duration reconnectMin = DEFAULT_RECONNECT_MIN;
        private Duration reconnectMax = DEFAULT_RECONNECT_MAX;
        private Duration unreachableAlarmAfter = DEFAULT_UNREACHABLE_ALARM_AFTER;
        private Duration keepAlive = DEFAULT_KEEP_ALIVE;
        private Duration statusEvery = DEFAULT_STATUS_EVERY;

        private Builder(URI uri, DeviceId device) {
            this.uri = uri;
            this.device = device;
        }

        public Builder caFile(Optional<Path> file) {
            caFile = file;
            return this;
        }

        public Builder login(Optional<String> user, Optional<String> secret) {
            username = user;
            password = secret;
            return this;
        }

        public Builder clientCertificate(Optional<Path> cert, Optional<Path> key) {
            clientCert = cert;
            clientKey = key;
            return this;
        }

        public Builder batch(int events, int bytes) {
            batchSize = events;
            batchBytes = bytes;
            return this;
        }

        public Builder inFlight(int batches) {
            inFlight = batches;
            return this;
        }

        public Builder ackTimeout(Duration timeout) {
            ackTimeout = timeout;
            return this;
        }

        public Builder reconnect(Duration min, Duration max) {
            reconnectMin = min;
            reconnectMax = max;
            return this;
        }

        public Builder unreachableAlarmAfter(Duration after) {
            unreachableAlarmAfter = after;
            return this;
        }

        public Builder keepAlive(Duration interval) {
            keepAlive = interval;
            return this;
        }

        public Builder statusEvery(Duration interval) {
            statusEvery = interval;
            return this;
        }

        public MqttSettings build() {
            return new MqttSettings(uri, device, caFile, username, password, clientCert, clientKey, batchSize,
                    batchBytes, inFlight, ackTimeout, reconnectMin, reconnectMax, unreachableAlarmAfter, keepAlive,
                    statusEvery);
        }
    }
}
