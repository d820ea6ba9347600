package vn.qrgate.gateway.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.config.Values;

/**
 * Every value the gateway uses when the config leaves a key out, written here and nowhere else
 * ({@code gateway/examples/gateway.yaml} states the same values; a test holds them together). Keys with
 * no default (gatewayId, mqtt.uri, store, registry.url, registry.token, devices) must be written.
 */
public final class Defaults {

    /** The shared-subscription group of DESIGN §4; every gateway of one fleet uses the same one. */
    public static final String MQTT_SHARED_GROUP = "qrgate-gateway";
    /**
     * A clean session on every connection: a stopped gateway leaves no subscription behind. Brokers hand a
     * shared subscription's messages to offline sessions too, so with several gateways a kept session would
     * park a dead gateway's share until it expires; the devices' resend after their ack timeout covers what a
     * gateway lost. A single-gateway site may keep the session (e.g. 1h) to catch up faster after a restart.
     */
    public static final Duration MQTT_SESSION_EXPIRY = Duration.ZERO;
    public static final Duration MQTT_RECONNECT_MIN = Duration.ofSeconds(1);
    public static final Duration MQTT_RECONNECT_MAX = Duration.ofSeconds(30);

    public static final String POSTGRESQL_SCHEMA = "public";

    public static final int REGISTRY_BATCH_SIZE = 500;
    public static final Duration REGISTRY_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration REGISTRY_RETRY_MIN = Duration.ofMillis(500);
    public static final Duration REGISTRY_RETRY_MAX = Duration.ofSeconds(60);
    /** How often the registry's trust list and revocation list are fetched (ETag: unchanged ones cost a 304). */
    public static final Duration REGISTRY_TRUST_POLL_INTERVAL = Duration.ofSeconds(10);

    public static final String HTTP_HOST = "127.0.0.1";
    public static final int HTTP_PORT = 9080;

    public static final Duration PUSH_CHECK_EVERY = Duration.ofSeconds(30);
    public static final Duration OFFLINE_AFTER = Duration.ofMinutes(3);
    /** DESIGN §7: check-ins older than this are deleted at every tier. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private Defaults() {
    }

    /** Dotted config key → the default as it would be written in the config file. */
    public static Map<String, String> asConfigText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("mqtt.sharedGroup", MQTT_SHARED_GROUP);
        text.put("mqtt.sessionExpiry", Values.formatDuration(MQTT_SESSION_EXPIRY));
        text.put("mqtt.reconnectMin", Values.formatDuration(MQTT_RECONNECT_MIN));
        text.put("mqtt.reconnectMax", Values.formatDuration(MQTT_RECONNECT_MAX));
        text.put("store.schema", POSTGRESQL_SCHEMA);
        text.put("registry.batchSize", Integer.toString(REGISTRY_BATCH_SIZE));
        text.put("registry.timeout", Values.formatDuration(REGISTRY_TIMEOUT));
        text.put("registry.retryMin", Values.formatDuration(REGISTRY_RETRY_MIN));
        text.put("registry.retryMax", Values.formatDuration(REGISTRY_RETRY_MAX));
        text.put("registry.trustPollInterval", Values.formatDuration(REGISTRY_TRUST_POLL_INTERVAL));
        text.put("http.host", HTTP_HOST);
        text.put("http.port", Integer.toString(HTTP_PORT));
        text.put("push.checkEvery", Values.formatDuration(PUSH_CHECK_EVERY));
        text.put("offlineAfter", Values.formatDuration(OFFLINE_AFTER));
        text.put("retention", Values.formatDuration(RETENTION));
        return text;
    }
}
