package vn.qrgate.gateway.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.config.KeyDoc;

/**
 * What each gateway config key means and which values it takes, in one place:
 * {@code docs/config-reference-gateway.md} is generated from this map, {@link Keys} and {@link Defaults},
 * and a test fails when a key has no entry here or an entry names a key that does not exist.
 * List items are written {@code devices[n]}; {@code push.devices.<id>} is one device's pushed settings.
 */
public final class KeyDocs {

    private static final Map<String, KeyDoc> DOCS = new LinkedHashMap<>();

    static {
        doc("gatewayId", "this gateway's id; MQTT client id `qrgate-gateway-<gatewayId>`", "`[a-z0-9][a-z0-9-]{2,63}`");
        doc("mqtt", "the broker the devices publish to", "a section (required)");
        doc("store", "where check-ins are kept until the registry has them", "a section (required)");
        doc("registry", "the registry check-ins are forwarded to", "a section (required)");
        doc("http", "where `/health` and `/metrics` listen", "a section");
        doc("devices", "the devices this gateway accepts, and their venue", "a list of `{id, venue}`");
        doc("push", "files and settings published retained to the devices", "a section");
        doc("offlineAfter", "a device with no status for this long counts as offline", "a duration");
        doc("retention", "check-ins, remembered ids and dead letters older than this are deleted", "a duration");

        doc("mqtt.uri", "the broker", "`tcp://`, `ssl://`, `ws://` or `wss://` with a host");
        doc("mqtt.username", "the broker login (`qrgate-gateway` in `gateway/broker/acl`)", "text; with `password`");
        doc("mqtt.password", "the broker password", "use `${ENV:NAME}`; shown as `***`");
        doc("mqtt.caFile", "the CA of the broker's certificate; default: the system CAs", "a PEM file; `ssl://`/`wss://` only");
        doc("mqtt.clientCert", "a client certificate", "a PEM file; with `clientKey`");
        doc("mqtt.clientKey", "the client certificate's key", "a PKCS#8 PEM file (`openssl pkcs8 -topk8 -nocrypt`)");
        doc("mqtt.sharedGroup", "shared-subscription group, the same on every gateway of a fleet", "text");
        doc("mqtt.sessionExpiry", "how long the broker keeps the session; `0s` = clean session",
                "a duration; keep `0s` with several gateways");
        doc("mqtt.reconnectMin", "first wait before reconnecting", "a duration");
        doc("mqtt.reconnectMax", "longest wait before reconnecting", "a duration, not below `reconnectMin`");

        doc("store.kind", "the database", "`sqlite` or `postgresql`");
        doc("store.path", "sqlite: the database file (WAL, mode 0600)", "a path; its directory must be writable");
        doc("store.url", "postgresql: the JDBC URL", "`jdbc:postgresql://host:5432/db`");
        doc("store.user", "postgresql: the login", "text");
        doc("store.password", "postgresql: the password", "use `${ENV:NAME}`");
        doc("store.schema", "postgresql: the schema, created when missing", "a schema name");

        doc("registry.url", "the registry's base URL", "`http://` or `https://`");
        doc("registry.token", "the gateway's bearer token", "use `${ENV:NAME}`");
        doc("registry.batchSize", "most events in one POST", "a positive number, not above the registry's `maxBatch`");
        doc("registry.timeout", "how long one POST may take", "a duration");
        doc("registry.retryMin", "first wait after a failed POST", "a duration");
        doc("registry.retryMax", "longest wait after failed POSTs", "a duration, not below `retryMin`");
        doc("registry.trustPollInterval", "how often the trust list (`GET /api/v1/trust`) and the revocation list "
                + "(`GET /api/v1/revocations`) are fetched; each valid change is published retained on "
                + "`qrgate/v1/trust` and `qrgate/v1/revocations`", "a duration; `0s` = off. Not with `push.trust` "
                + "unless `0s` (left out, `push.trust` wins and fetching is off)");

        doc("http.host", "the address `/health` and `/metrics` listen on", "an address");
        doc("http.port", "their port", "0–65535; `0` takes a free one");

        doc("devices[n].id", "a device id", "`[a-z0-9][a-z0-9-]{2,63}`, as in the device's `device.id`");
        doc("devices[n].venue", "its venue code", "the venue code the registry issued");

        doc("push.denyList", "published retained on `qrgate/v1/denylist` after a check", "a file; one that does not parse is logged, not published");
        doc("push.trust", "published retained on `qrgate/v1/trust` after a check", "a JWK Set file");
        doc("push.devices", "settings pushed to each device's `config` topic", "`{<device id>: {direction, duplicateWindow}}`");
        doc("push.checkEvery", "how often the pushed files are looked at", "a duration");
        doc("push.devices.<id>.direction", "the device's direction (ignored by a device with a switch)", "`IN` or `OUT`");
        doc("push.devices.<id>.duplicateWindow", "the device's duplicate window", "a duration");
    }

    private KeyDocs() {
    }

    private static void doc(String path, String what, String allowed) {
        if (DOCS.put(path, new KeyDoc(what, allowed)) != null) {
            throw new IllegalStateException("documented twice: " + path);
        }
    }

    /** Key path → its description, in the order written above. */
    public static Map<String, KeyDoc> all() {
        return Collections.unmodifiableMap(DOCS);
    }
}
