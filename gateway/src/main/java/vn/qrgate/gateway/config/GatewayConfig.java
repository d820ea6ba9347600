package vn.qrgate.gateway.config;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrgate.protocol.event.DeviceId;

/**
 * Everything the gateway runs on. Read from YAML by {@link GatewayConfigLoader}, or built in code (the demo
 * and the chain tests) from the records and their {@code of(...)} shortcuts, which fill in {@link Defaults}.
 */
public record GatewayConfig(
        String gatewayId,
        MqttSettings mqtt,
        StoreSettings store,
        RegistrySettings registry,
        HttpSettings http,
        List<DeviceEntry> devices,
        PushSettings push,
        Duration offlineAfter,
        Duration retention) {

    /** Like a device id: it ends up in the MQTT client id {@code qrgate-gateway-<id>}. */
    public static final Pattern GATEWAY_ID = Pattern.compile(DeviceId.PATTERN);
    public static final String CLIENT_ID_PREFIX = "qrgate-gateway-";

    public GatewayConfig {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(mqtt, "mqtt");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(push, "push");
        Objects.requireNonNull(offlineAfter, "offlineAfter");
        Objects.requireNonNull(retention, "retention");
        if (!GATEWAY_ID.matcher(gatewayId).matches()) {
            throw new IllegalArgumentException("gatewayId must match " + GATEWAY_ID.pattern());
        }
        devices = List.copyOf(Objects.requireNonNull(devices, "devices"));
        Set<DeviceId> ids = new HashSet<>();
        for (DeviceEntry d : devices) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("device " + d.id() + " is listed twice");
            }
        }
        for (DeviceId pushed : push.devices().keySet()) {
            if (!ids.contains(pushed)) {
                throw new IllegalArgumentException("push.devices names " + pushed + ", which is not in devices");
            }
        }
        if (offlineAfter.isNegative() || offlineAfter.isZero() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("offlineAfter and retention must be > 0");
        }
    }

    /** A config with every optional part at its default: no pushes, /health on 127.0.0.1:9080. */
    public static GatewayConfig of(String gatewayId, MqttSettings mqtt, StoreSettings store, RegistrySettings registry,
            List<DeviceEntry> devices) {
        return new GatewayConfig(gatewayId, mqtt, store, registry, HttpSettings.defaults(), devices, PushSettings.none(),
                Defaults.OFFLINE_AFTER, Defaults.RETENTION);
    }

    public GatewayConfig withHttp(HttpSettings value) {
        return new GatewayConfig(gatewayId, mqtt, store, registry, value, devices, push, offlineAfter, retention);
    }

    public GatewayConfig withPush(PushSettings value) {
        return new GatewayConfig(gatewayId, mqtt, store, registry, http, devices, value, offlineAfter, retention);
    }

    public GatewayConfig withMqtt(MqttSettings value) {
        return new GatewayConfig(gatewayId, value, store, registry, http, devices, push, offlineAfter, retention);
    }

    public GatewayConfig withRegistry(RegistrySettings value) {
        return new GatewayConfig(gatewayId, mqtt, store, value, http, devices, push, offlineAfter, retention);
    }

    public GatewayConfig withOfflineAfter(Duration value) {
        return new GatewayConfig(gatewayId, mqtt, store, registry, http, devices, push, value, retention);
    }

    public String mqttClientId() {
        return CLIENT_ID_PREFIX + gatewayId;
    }
}
