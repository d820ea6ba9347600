package vn.qrgate.gateway.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrgate.config.Secret;

/**
 * How the gateway reaches the broker. The MQTT client id is {@code qrgate-gateway-<gatewayId>}; the
 * check-ins are read through the shared subscription {@code $share/<sharedGroup>/qrgate/v1/devices/+/checkins}.
 * The password is a {@link Secret}: this record prints it as {@code ***}.
 */
public record MqttSettings(
        URI uri,
        Optional<String> username,
        Optional<Secret> password,
        Optional<Path> caFile,
        Optional<Path> clientCert,
        Optional<Path> clientKey,
        String sharedGroup,
        Duration sessionExpiry,
        Duration reconnectMin,
        Duration reconnectMax) {

    public static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");
    public static final Set<String> TLS_SCHEMES = Set.of("ssl", "wss");
    /** An MQTT topic level without wildcards or separators. */
    public static final Pattern SHARED_GROUP = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public MqttSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(clientCert, "clientCert");
        Objects.requireNonNull(clientKey, "clientKey");
        Objects.requireNonNull(sharedGroup, "sharedGroup");
        Objects.requireNonNull(sessionExpiry, "sessionExpiry");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("mqtt uri must be tcp://, ssl://, ws:// or wss:// with a host");
        }
        if (!SHARED_GROUP.matcher(sharedGroup).matches()) {
            throw new IllegalArgumentException("mqtt sharedGroup must match " + SHARED_GROUP.pattern());
        }
        if (clientCert.isPresent() != clientKey.isPresent()) {
            throw new IllegalArgumentException("mqtt clientCert and clientKey go together");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw new IllegalArgumentException("mqtt password needs a username");
        }
        if (sessionExpiry.isNegative() || reconnectMin.isNegative() || reconnectMin.isZero()
                || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("mqtt sessionExpiry >= 0 and 0 < reconnectMin <= reconnectMax");
        }
    }

    /** A plain connection to {@code uri} with every other setting at its default. */
    public static MqttSettings of(URI uri) {
        return new MqttSettings(uri, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Defaults.MQTT_SHARED_GROUP, Defaults.MQTT_SESSION_EXPIRY, Defaults.MQTT_RECONNECT_MIN,
                Defaults.MQTT_RECONNECT_MAX);
    }

    public MqttSettings withLogin(String user, String secret) {
        return new MqttSettings(uri, Optional.of(user), Optional.of(new Secret(secret)), caFile, clientCert, clientKey,
                sharedGroup, sessionExpiry, reconnectMin, reconnectMax);
    }

    public MqttSettings withReconnect(Duration min, Duration max) {
        return new MqttSettings(uri, username, password, caFile, clientCert, clientKey, sharedGroup, sessionExpiry,
                min, max);
    }

    public boolean usesTls() {
        return TLS_SCHEMES.contains(uri.getScheme());
    }

    /** The topic filter of the gateways' shared subscription for check-ins. */
    public String sharedCheckinsFilter() {
        return "$share/" + sharedGroup + "/qrgate/v1/devices/+/checkins";
    }
}
