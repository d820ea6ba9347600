package vn.qrgate.reader.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.config.Secret;

/**
 * How the reader reaches its gateway's broker. The device id is the MQTT client id (DESIGN §4), so it
 * is not repeated here. The password is a {@link Secret}: this record prints it as {@code ***}.
 */
public record MqttConfig(
        URI uri,
        Optional<Path> caFile,
        Optional<String> username,
        Optional<Secret> password,
        Optional<Path> clientCert,
        Optional<Path> clientKey,
        int batchSize,
        int batchBytes,
        int inFlight,
        Duration ackTimeout,
        Duration reconnectMin,
        Duration reconnectMax,
        Duration unreachableAlarmAfter) {

    public static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");
    public static final Set<String> TLS_SCHEMES = Set.of("ssl", "wss");

    public MqttConfig {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientCert, "clientCert");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        Objects.requireNonNull(unreachableAlarmAfter, "unreachableAlarmAfter");
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("mqtt uri must be tcp://, ssl://, ws:// or wss:// with a host");
        }
        if (batchSize < 1 || batchBytes < 1 || inFlight < 1) {
            throw new IllegalArgumentException("mqtt batch sizes and in-flight count must be positive");
        }
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("mqtt reconnectMax must not be shorter than reconnectMin");
        }
        if (clientCert.isPresent() != clientKey.isPresent()) {
            throw new IllegalArgumentException("mqtt clientCert and clientKey go together");
        }
    }

    public boolean usesTls() {
        return TLS_SCHEMES.contains(uri.getScheme());
    }

    /** The broker address with any {@code user:password@} replaced by {@code ***@}, for logs. */
    public String shownUri() {
        return ReaderValues.maskUserInfo(uri.toString());
    }
}
