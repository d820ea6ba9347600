package vn.qrgate.gateway.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Section;
import vn.qrgate.config.Suggest;
import vn.qrgate.config.Values;
import vn.qrgate.protocol.device.DeviceSettings;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustListException;

/**
 * Walks a config tree top to bottom, recording every error, then checks the rules that span sections.
 * A {@link GatewayConfig} is built only when nothing at all was wrong.
 */
final class ConfigReader {

    private static final Values.Parser<String> VENUE = text -> {
        if (text.isBlank() || text.codePointCount(0, text.length()) > Event.MAX_VENUE_LENGTH
                || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a venue code of 1 to " + Event.MAX_VENUE_LENGTH
                    + " characters, without control characters, e.g. v-hanoi-0001");
        }
        return text;
    };
    private static final Values.Parser<Duration> RETENTION = GatewayValues.duration(Duration.ofDays(1), Duration.ofDays(3650));
    private static final Values.Parser<Duration> OFFLINE_AFTER =
            GatewayValues.duration(Duration.ofSeconds(5), Duration.ofDays(7));
    private static final Values.Parser<Duration> CHECK_EVERY =
            GatewayValues.duration(Duration.ofSeconds(1), Duration.ofDays(1));
    private static final Values.Parser<Duration> WINDOW = text -> {
        Duration d = GatewayValues.duration(Duration.ZERO, DeviceSettings.MAX_DUPLICATE_WINDOW).parse(text);
        if (d.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("whole seconds from 0s to 1h, e.g. 20s");
        }
        return d;
    };
    /** 0s (off), or from 1s: a poll costs the registry a request per list, answered 304 when unchanged. */
    private static final Values.Parser<Duration> TRUST_POLL = text -> {
        Duration d = GatewayValues.duration(Duration.ZERO, Duration.ofDays(1)).parse(text);
        if (!d.isZero() && d.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("0s (off) or a duration from 1s to 1d, e.g. 10s");
        }
        return d;
    };
    private static final Values.Parser<Direction> DIRECTION = Values.oneOf(Direction.class);
    private static final Values.Parser<String> STORE_KIND = Values.oneOf(List.of("sqlite", "postgresql"), k -> k);
    private static final Values.Parser<String> SECRET = GatewayValues.secret(4096);

    private final Reading reading;
    private final Path baseDir;
    /** Every well-formed id in the devices list, even when the list has errors elsewhere. */
    private final Set<DeviceId> listedIds = new LinkedHashSet<>();
    /** Whether registry.trustPollInterval was written (not left to its default). */
    private boolean givenTrustPoll;

    ConfigReader(Reading reading, Path baseDir) {
        this.reading = reading;
        this.baseDir = baseDir;
    }

    Optional<GatewayConfig> read(JsonNode root) {
        if (!root.isObject()) {
            reading.errorShown("(file)", Section.describe(reading, root), "a config is a set of 'key: value' lines; start from "
                    + "gateway/examples/gateway.yaml");
            return Optional.empty();
        }
        reading.markSecret("mqtt.password");
        reading.markSecret("store.password");
        reading.markSecret("registry.token");
        Section top = Section.root(reading, root, Keys.TOP);
        String gatewayId = top.require("gatewayId", GatewayValues.gatewayId(), "gatewayId: gw-1");
        MqttSettings mqtt = mqtt(top);
        StoreSettings store = store(top);
        RegistrySettings registry = registry(top);
        HttpSettings http = http(top);
        List<DeviceEntry> devices = devices(top);
        PushSettings push = push(top);
        registry = trustSource(registry, push);
        Duration offlineAfter = top.orDefault("offlineAfter", OFFLINE_AFTER, Defaults.OFFLINE_AFTER);
        Duration retention = top.orDefault("retention", RETENTION, Defaults.RETENTION);
        if (reading.errorCount() > 0 || gatewayId == null || mqtt == null || store == null || registry == null
                || http == null || devices == null || push == null || offlineAfter == null || retention == null) {
            return Optional.empty();
        }
        return Optional.of(new GatewayConfig(gatewayId, mqtt, store, registry, http, devices, push, offlineAfter,
                retention));
    }

    private MqttSettings mqtt(Section top) {
        Section s = top.requireChild("mqtt", Keys.MQTT, "mqtt: {uri: tcp://127.0.0.1:1883}");
        if (s == null) {
            return null;
        }
        int before = reading.errorCount();
        URI uri = s.require("uri", GatewayValues.mqttUri(), "uri: tcp://127.0.0.1:1883");
        Optional<String> username = s.get("username", Values.text(256));
        Optional<Secret> password = s.get("password", SECRET).map(Secret::new);
        Optional<Path> caFile = readableFile(s, "caFile");
        Optional<Path> clientCert = readableFile(s, "clientCert");
        Optional<Path> clientKey = readableFile(s, "clientKey");
        String group = s.orDefault("sharedGroup", text -> {
            if (!MqttSettings.SHARED_GROUP.matcher(text).matches()) {
                throw new IllegalArgumentException("1 to 64 letters, digits, '_' and '-' (an MQTT topic level); every "
                        + "gateway of one fleet uses the same group, default " + Defaults.MQTT_SHARED_GROUP);
            }
            return text;
        }, Defaults.MQTT_SHARED_GROUP);
        Duration expiry = s.orDefault("sessionExpiry", GatewayValues.duration(Duration.ZERO, Duration.ofDays(7)),
                Defaults.MQTT_SESSION_EXPIRY);
        Duration reconnectMin = s.orDefault("reconnectMin",
                GatewayValues.duration(Duration.ofMillis(100), Duration.ofMinutes(10)), Defaults.MQTT_RECONNECT_MIN);
        Duration reconnectMax = s.orDefault("reconnectMax",
                GatewayValues.duration(Duration.ofMillis(100), Duration.ofHours(1)), Defaults.MQTT_RECONNECT_MAX);
        if (reconnectMin != null && reconnectMax != null && reconnectMax.compareTo(reconnectMin) < 0) {
            s.error("reconnectMax", "must not be shorter than reconnectMin (" + Values.formatDuration(reconnectMin)
                    + ")");
        }
        if (s.given("clientCert") != s.given("clientKey")) {
            String missing = s.given("clientCert") ? "clientKey" : "clientCert";
            reading.error(s.key(missing), null, "clientCert and clientKey go together: give both or neither");
        }
        if (uri != null && !MqttSettings.TLS_SCHEMES.contains(uri.getScheme())) {
            for (String key : new String[] {"caFile", "clientCert", "clientKey"}) {
                if (s.given(key)) {
                    s.error(key, "only used with ssl:// or wss:// addresses; change mqtt.uri or remove this key");
                }
            }
        }
        if (s.given("password") && !s.given("username")) {
            reading.error(s.key("username"), null, "required when a password is given; the broker's acl file "
                    + "expects e.g. username: qrgate-gateway");
        }
        if (reading.errorCount() > before || uri == null || group == null || expiry == null || reconnectMin == null
                || reconnectMax == null) {
            return null;
        }
        return new MqttSettings(uri, username, password, caFile, clientCert, clientKey, group, expiry, reconnectMin,
                reconnectMax);
    }

    private StoreSettings store(Section top) {
        Section any = top.requireChild("store", Keys.STORE, "store: {kind: sqlite, path: ./gateway.db}");
        if (any == null) {
            return null;
        }
        String kind = any.require("kind", STORE_KIND, "kind: sqlite (or postgresql)");
        if (kind == null) {
            return null;
        }
        int before = reading.errorCount();
        if (kind.equals("sqlite")) {
            for (String key : Keys.STORE_POSTGRESQL) {
                if (!Keys.STORE_SQLITE.contains(key) && any.given(key)) {
                    any.error(key, "only for kind postgresql; a sqlite store has only path");
                }
            }
            Path path = any.require("path", GatewayValues.path(baseDir), "path: /var/lib/qrgate/gateway.db");
            if (path != null) {
                writableFileProblem(path).ifPresent(problem -> any.error("path", problem));
            }
            return reading.errorCount() > before || path == null ? null : new StoreSettings.Sqlite(path);
        }
        if (any.given("path")) {
            any.error("path", "only for kind sqlite; a postgresql store is named by url (and schema)");
        }
        String url = any.require("url", GatewayValues.postgresUrl(), "url: jdbc:postgresql://127.0.0.1:5432/qrgate");
        Optional<String> user = any.get("user", Values.text(256));
        Optional<Secret> password = any.get("password", SECRET).map(Secret::new);
        String schema = any.orDefault("schema", GatewayValues.sqlName(), Defaults.POSTGRESQL_SCHEMA);
        if (url != null && url.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            reading.errorShown(any.key("url"), GatewayValues.shown(url), "write the password in store.password (it can be "
                    + "\"${ENV:NAME}\"), not in the url");
        }
        return reading.errorCount() > before || url == null || schema == null ? null
                : new StoreSettings.Postgresql(url, user, password, schema);
    }

    private RegistrySettings registry(Section top) {
        Section s = top.requireChild("registry", Keys.REGISTRY,
                "registry: {url: http://127.0.0.1:8080, token: \"${ENV:QRGATE_REGISTRY_TOKEN}\"}");
        if (s == null) {
            return null;
        }
        int before = reading.errorCount();
        URI url = s.require("url", GatewayValues.httpUrl(), "url: http://127.0.0.1:8080");
        String token = s.require("token", GatewayValues.secret(4096), "token: \"${ENV:QRGATE_REGISTRY_TOKEN}\"");
        Integer batchSize = s.orDefault("batchSize", Values.integer(1, RegistrySettings.MAX_BATCH_SIZE),
                Defaults.REGISTRY_BATCH_SIZE);
        Duration timeout = s.orDefault("timeout", GatewayValues.duration(Duration.ofMillis(100), Duration.ofMinutes(10)),
                Defaults.REGISTRY_TIMEOUT);
        Duration retryMin = s.orDefault("retryMin", GatewayValues.duration(Duration.ofMillis(10), Duration.ofMinutes(10)),
                Defaults.REGISTRY_RETRY_MIN);
        Duration retryMax = s.orDefault("retryMax", GatewayValues.duration(Duration.ofMillis(10), Duration.ofHours(1)),
                Defaults.REGISTRY_RETRY_MAX);
        givenTrustPoll = s.given("trustPollInterval");
        Duration trustPoll = s.orDefault("trustPollInterval", TRUST_POLL, Defaults.REGISTRY_TRUST_POLL_INTERVAL);
        if (retryMin != null && retryMax != null && retryMax.compareTo(retryMin) < 0) {
            s.error("retryMax", "must not be shorter than retryMin (" + Values.formatDuration(retryMin) + ")");
        }
        if (token != null && token.isBlank()) {
            reading.errorShown(s.key("token"), Secret.SHOWN, "must not be empty: the registry answers 401 without a "
                    + "gateway token");
        }
        if (reading.errorCount() > before || url == null || token == null || batchSize == null || timeout == null
                || retryMin == null || retryMax == null || trustPoll == null) {
            return null;
        }
        return new RegistrySettings(url, new Secret(token), batchSize, timeout, retryMin, retryMax, trustPoll);
    }

    /**
     * Where the devices' trust list comes from: the registry (polled) or the push.trust file, not both. Both
     * written is an error; push.trust with the interval left at its default turns polling off, so configs
     * from before the registry served its keys keep working.
     */
    private RegistrySettings trustSource(RegistrySettings registry, PushSettings push) {
        if (registry == null || push == null || push.trust().isEmpty() || !registry.pollsTrust()) {
            return registry;
        }
        if (givenTrustPoll) {
            reading.error("push.trust", null, "push.trust and registry.trustPollInterval both set; choose one: remove "
                    + "push.trust to publish the registry's trust list and revocation list, or set "
                    + "registry.trustPollInterval: 0s to publish the file");
            return registry;
        }
        return registry.withTrustPollInterval(Duration.ZERO);
    }

    private HttpSettings http(Section top) {
        Optional<Section> section = top.child("http", Keys.HTTP);
        if (section.isEmpty()) {
            return top.given("http") ? null : HttpSettings.defaults();
        }
        Section s = section.get();
        String host = s.orDefault("host", GatewayValues.host(), Defaults.HTTP_HOST);
        Integer port = s.orDefault("port", text -> {
            try {
                return Values.integer(0, 65535).parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("a TCP port from 1 to 65535, or 0 for any free port", e);
            }
        }, Defaults.HTTP_PORT);
        return host == null || port == null ? null : new HttpSettings(host, port);
    }

    private List<DeviceEntry> devices(Section top) {
        String example = "devices: [ {id: kiosk-0001, venue: v-hanoi-0001} ]";
        if (!top.given("devices")) {
            reading.error("devices", null, "required: list the devices this gateway accepts and their venue, e.g. "
                    + example + "; check-ins from any other device are refused");
            return null;
        }
        Optional<List<JsonNode>> items = top.list("devices", example);
        if (items.isEmpty()) {
            return null;
        }
        int before = reading.errorCount();
        List<DeviceEntry> out = new ArrayList<>();
        Map<DeviceId, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            String path = "devices[" + (i + 1) + "]";
            JsonNode node = items.get().get(i);
            if (!node.isObject()) {
                reading.errorShown(path, Section.describe(reading, node), "each device is {id: kiosk-0001, venue: v-hanoi-0001}");
                continue;
            }
            Section d = Section.at(reading, path, node, Keys.DEVICE);
            DeviceId id = d.require("id", GatewayValues.deviceId(), "id: kiosk-0001");
            String venue = d.require("venue", VENUE, "venue: v-hanoi-0001");
            if (id != null && seen.containsKey(id)) {
                d.error("id", "listed twice (also devices[" + seen.get(id) + "]); a device belongs to one venue");
                continue;
            }
            if (id != null) {
                seen.put(id, i + 1);
                listedIds.add(id);
            }
            if (id != null && venue != null) {
                out.add(new DeviceEntry(id, venue));
            }
        }
        return reading.errorCount() > before ? null : out;
    }

    private PushSettings push(Section top) {
        Optional<Section> section = top.child("push", Keys.PUSH);
        if (section.isEmpty()) {
            return top.given("push") ? null : PushSettings.none();
        }
        Section s = section.get();
        int before = reading.errorCount();
        Optional<Path> denyList = readableFile(s, "denyList");
        denyList.filter(p -> reading.errorCount() == before).ifPresent(p -> checkContent(s, "denyList", p, true));
        int beforeTrust = reading.errorCount();
        Optional<Path> trust = readableFile(s, "trust");
        trust.filter(p -> reading.errorCount() == beforeTrust).ifPresent(p -> checkContent(s, "trust", p, false));
        Duration checkEvery = s.orDefault("checkEvery", CHECK_EVERY, Defaults.PUSH_CHECK_EVERY);
        Map<DeviceId, DevicePush> pushed = new LinkedHashMap<>();
        // push.devices is a map keyed by device id, so its keys cannot be checked against a fixed list.
        JsonNode raw = s.raw("devices");
        if (Section.isGiven(raw) && !raw.isObject()) {
            reading.errorShown(s.key("devices"), Section.describe(reading, raw), "expected a section with one entry per device, "
                    + "e.g. devices: {kiosk-0001: {direction: OUT, duplicateWindow: 20s}}");
        } else if (Section.isGiven(raw)) {
            Set<DeviceId> known = listedIds;
            List<String> knownNames = known.stream().map(DeviceId::value).toList();
            for (Iterator<String> it = raw.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                String path = s.key("devices") + "." + name;
                JsonNode node = raw.get(name);
                if (!DeviceId.isValid(name)) {
                    reading.errorShown(path, "(key)", "a device id (" + DeviceId.PATTERN + ") from the devices list");
                    continue;
                }
                DeviceId id = DeviceId.of(name);
                if (top.given("devices") && !known.contains(id)) {
                    reading.errorShown(path, name, "not in the devices list; settings go only to devices this gateway "
                            + "accepts" + Suggest.didYouMean(name, knownNames));
                }
                if (!Section.isGiven(node) || !node.isObject()) {
                    reading.errorShown(path, Section.describe(reading, node), "expected {direction: IN|OUT, duplicateWindow: 20s}"
                            + " (at least one of them)");
                    continue;
                }
                Section d = Section.at(reading, path, node, Keys.PUSH_DEVICE);
                Optional<Direction> direction = d.get("direction", DIRECTION);
                Optional<Duration> window = d.get("duplicateWindow", WINDOW);
                if (!d.given("direction") && !d.given("duplicateWindow")) {
                    reading.errorShown(path, "(empty)", "give direction and/or duplicateWindow, or remove the entry");
                }
                pushed.put(id, new DevicePush(direction, window));
            }
        }
        return reading.errorCount() > before || checkEvery == null ? null
                : new PushSettings(denyList, trust, pushed, checkEvery);
    }

    private void checkContent(Section s, String key, Path file, boolean denyList) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (denyList) {
                TrustFiles.parseDenyList(bytes);
            } else {
                TrustFiles.parseJwks(bytes, Optional.empty());
            }
        } catch (TrustListException e) {
            s.error(key, "not a usable " + (denyList ? "deny list" : "trust list (JWK Set of Ed25519 keys)") + ": "
                    + e.getMessage());
        } catch (IOException | RuntimeException e) {
            s.error(key, "cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private Optional<Path> readableFile(Section s, String key) {
        Optional<Path> path = s.get(key, GatewayValues.path(baseDir));
        path.flatMap(ConfigReader::readableFileProblem).ifPresent(problem -> s.error(key, problem));
        return path;
    }

    static Optional<String> readableFileProblem(Path p) {
        if (!Files.exists(p)) {
            return Optional.of("file not found; check the path, or remove the key if you do not use it");
        }
        if (Files.isDirectory(p)) {
            return Optional.of("is a directory; name the file itself");
        }
        if (!Files.isReadable(p)) {
            return Optional.of("cannot be read by this user; check its owner and mode");
        }
        return Optional.empty();
    }

    /** The store's directory must exist and be writable (SQLite adds -wal and -shm files next to it). */
    static Optional<String> writableFileProblem(Path p) {
        Path dir = p.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.of("directory " + dir + " does not exist; create it, e.g. sudo install -d -m 0700 -o "
                    + "qrgate " + dir);
        }
        if (!Files.isWritable(dir)) {
            return Optional.of("directory " + dir + " is not writable by this user; check its owner and mode");
        }
        if (Files.isDirectory(p)) {
            return Optional.of("is a directory; name a file inside it, e.g. gateway.db");
        }
        if (Files.exists(p) && !Files.isWritable(p)) {
            return Optional.of("exists but is not writable by this user; check its owner and mode");
        }
        return Optional.empty();
    }
}
