package vn.qrgate.gateway.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema: which keys each section of the gateway config allows. Unknown-key errors and their
 * suggestions come from these lists, so a key added to the gateway is added here.
 */
final class Keys {

    static final List<String> TOP = List.of("gatewayId", "mqtt", "store", "registry", "http", "devices", "push",
            "offlineAfter", "retention");
    static final List<String> MQTT = List.of("uri", "username", "password", "caFile", "clientCert", "clientKey",
            "sharedGroup", "sessionExpiry", "reconnectMin", "reconnectMax");
    static final List<String> STORE_SQLITE = List.of("kind", "path");
    static final List<String> STORE_POSTGRESQL = List.of("kind", "url", "user", "password", "schema");
    static final List<String> STORE = List.of("kind", "path", "url", "user", "password", "schema");
    static final List<String> REGISTRY = List.of("url", "token", "batchSize", "timeout", "retryMin", "retryMax",
            "trustPollInterval");
    static final List<String> HTTP = List.of("host", "port");
    static final List<String> DEVICE = List.of("id", "venue");
    static final List<String> PUSH = List.of("denyList", "trust", "devices", "checkEvery");
    static final List<String> PUSH_DEVICE = List.of("direction", "duplicateWindow");

    /** Section path → keys, for "this key belongs in another section" hints. */
    static final Map<String, List<String>> CONFIG_SCHEMA = schema(
            "", TOP, "mqtt", MQTT, "store", STORE, "registry", REGISTRY, "http", HTTP, "devices[]", DEVICE,
            "push", PUSH);

    private Keys() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> schema(Object... pathsAndKeys) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndKeys.length; i += 2) {
            map.put((String) pathsAndKeys[i], (List<String>) pathsAndKeys[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
