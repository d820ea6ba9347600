package vn.qrgate.gateway.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.qrgate.config.Values;
import vn.qrgate.protocol.event.DeviceId;

/**
 * A config in plain lines, for {@code check-config} and the start-up log: what the gateway will actually
 * do, defaults included. Secrets appear only as {@code ***}.
 */
public final class ConfigSummary {

    private ConfigSummary() {
    }

    public static List<String> lines(GatewayConfig config) {
        List<String> lines = new ArrayList<>();
        MqttSettings mqtt = config.mqtt();
        lines.add(row("gateway", config.gatewayId() + " (MQTT client id " + config.mqttClientId() + ")"));
        lines.add(row("mqtt", mqtt.uri() + mqtt.username().map(u -> " as " + u + mqtt.password().map(p -> " (password "
                + p + ")").orElse("")).orElse(" without login")
                + (mqtt.usesTls() ? ", TLS" + mqtt.caFile().map(f -> " trusting " + f).orElse(" (system CAs)")
                        + mqtt.clientCert().map(c -> ", client certificate " + c).orElse("") : "")));
        lines.add(row("subscribes", mqtt.sharedCheckinsFilter() + " and qrgate/v1/devices/+/status"));
        lines.add(row("session", (mqtt.sessionExpiry().isZero() ? "clean on every connection"
                : "kept by the broker for " + Values.formatDuration(mqtt.sessionExpiry())) + "; reconnects after "
                + Values.formatDuration(mqtt.reconnectMin()) + " to " + Values.formatDuration(mqtt.reconnectMax())));
        lines.add(row("store", config.store().describe()));
        RegistrySettings r = config.registry();
        lines.add(row("registry", r.checkinsUri() + " (token " + r.token() + "), " + r.batchSize()
                + " events per request, timeout " + Values.formatDuration(r.timeout()) + ", retry "
                + Values.formatDuration(r.retryMin()) + " to " + Values.formatDuration(r.retryMax())));
        lines.add(row("http", "/health and /metrics on " + config.http().host() + ":"
                + (config.http().port() == 0 ? "(any free port)" : config.http().port())));
        lines.add(row("devices", config.devices().size() + " accepted"));
        config.devices().forEach(d -> lines.add(row("  " + d.id(), "venue " + d.venue())));
        PushSettings push = config.push();
        lines.add(row("deny list", push.denyList().map(Path::toString).map(p -> p + " (published retained)")
                .orElse("not pushed")));
        lines.add(row("trust list", push.trust().map(Path::toString).map(p -> p + " (published retained; the registry's"
                + " lists are not fetched)").orElse(r.pollsTrust() ? "fetched with the revocation list from "
                + r.trustUri() + " and " + r.revocationsUri() + " every " + Values.formatDuration(r.trustPollInterval())
                + ", published retained when they change" : "not pushed")));
        for (Map.Entry<DeviceId, DevicePush> e : push.devices().entrySet()) {
            lines.add(row("  settings " + e.getKey(), e.getValue().direction().map(d -> "direction " + d).orElse("")
                    + (e.getValue().direction().isPresent() && e.getValue().duplicateWindow().isPresent() ? ", " : "")
                    + e.getValue().duplicateWindow().map(w -> "duplicate window " + Values.formatDuration(w)).orElse("")));
        }
        lines.add(row("push check", "files looked at every " + Values.formatDuration(push.checkEvery())));
        lines.add(row("offline after", Values.formatDuration(config.offlineAfter()) + " without a status"));
        lines.add(row("retention", Values.formatDuration(config.retention())));
        return lines;
    }

    private static String row(String name, String value) {
        return String.format("  %-14s %s", name, value);
    }
}
