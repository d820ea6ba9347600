package vn.qrgate.reader.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import vn.qrgate.config.Reading;
import vn.qrgate.config.Secret;
import vn.qrgate.config.Section;
import vn.qrgate.config.Values;

/** Reads the optional {@code mqtt:} section: how the reader reaches its gateway (DESIGN §4). */
final class MqttReader {

    private static final String SECTION = "mqtt";
    private static final Values.Parser<Integer> BATCH_SIZE = Values.integer(1, 10_000);
    private static final Values.Parser<Integer> BATCH_BYTES = text -> {
        String rule = "a number of bytes from 1024 to 16777216, or a size such as 64KB";
        try {
            long bytes = text.chars().allMatch(Character::isDigit)
                    ? Values.integer(1024L, 16L << 20).parse(text)
                    : ReaderValues.size(1024, 16L << 20).parse(text);
            return (int) bytes;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(rule, e);
        }
    };
    private static final Values.Parser<Integer> IN_FLIGHT = Values.integer(1, 64);
    private static final Values.Parser<String> USERNAME = Values.text(256);
    private static final Values.Parser<String> PASSWORD = text -> {
        if (text.length() > 1024) {
            throw new IllegalArgumentException("at most 1024 characters");
        }
        return text;
    };

    private final Reading reading;
    private final FileChecks files;
    private final Path baseDir;

    MqttReader(Reading reading, FileChecks files, Path baseDir) {
        this.reading = reading;
        this.files = files;
        this.baseDir = baseDir;
    }

    /** Empty when there is no mqtt section (the reader keeps everything in its outbox) or when it has errors. */
    Optional<MqttConfig> read(Section top) {
        reading.markSecret(SECTION + ".password");
        Optional<Section> section = top.child(SECTION, Keys.MQTT);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        Section s = section.get();
        int before = reading.errorCount();
        URI uri = s.require("uri", ReaderValues.mqttUri(), "uri: ssl://gateway.local:8883");
        Optional<Path> caFile = readableFile(s, "caFile");
        Optional<String> username = s.get("username", USERNAME);
        Optional<Secret> password = s.get("password", PASSWORD).map(Secret::new);
        Optional<Path> clientCert = readableFile(s, "clientCert");
        Optional<Path> clientKey = readableFile(s, "clientKey");
        Integer batchSize = s.orDefault("batchSize", BATCH_SIZE, Defaults.MQTT_BATCH_SIZE);
        Integer batchBytes = s.orDefault("batchBytes", BATCH_BYTES, Defaults.MQTT_BATCH_BYTES);
        Integer inFlight = s.orDefault("inFlight", IN_FLIGHT, Defaults.MQTT_IN_FLIGHT);
        Duration ackTimeout = s.orDefault("ackTimeout",
                ReaderValues.duration(Duration.ofSeconds(1), Duration.ofHours(1)), Defaults.MQTT_ACK_TIMEOUT);
        Duration reconnectMin = s.orDefault("reconnectMin",
                ReaderValues.duration(Duration.ofMillis(100), Duration.ofMinutes(10)), Defaults.MQTT_RECONNECT_MIN);
        Duration reconnectMax = s.orDefault("reconnectMax",
                ReaderValues.duration(Duration.ofSeconds(1), Duration.ofHours(1)), Defaults.MQTT_RECONNECT_MAX);
        Duration alarmAfter = s.orDefault("unreachableAlarmAfter",
                ReaderValues.duration(Duration.ofSeconds(10), Duration.ofDays(7)), Defaults.MQTT_UNREACHABLE_ALARM_AFTER);

        if (reconnectMin != null && reconnectMax != null && reconnectMax.compareTo(reconnectMin) < 0) {
            s.error("reconnectMax", "must not be shorter than reconnectMin (" + Values.formatDuration(reconnectMin)
                    + ")");
        }
        if (s.given("clientCert") != s.given("clientKey")) {
            String missing = s.given("clientCert") ? "clientKey" : "clientCert";
            reading.error(s.key(missing), null, "clientCert and clientKey go together: give both or neither");
        }
        if (uri != null && !MqttConfig.TLS_SCHEMES.contains(uri.getScheme())) {
            for (String key : new String[] {"caFile", "clientCert", "clientKey"}) {
                if (s.given(key)) {
                    s.error(key, "only used with ssl:// or wss:// addresses; change mqtt.uri or remove this key");
                }
            }
        }
        if (s.given("password") && !s.given("username")) {
            reading.error(s.key("username"), null, "required when a password is given");
        }
        if (reading.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new MqttConfig(uri, caFile, username, password, clientCert, clientKey, batchSize,
                batchBytes, inFlight, ackTimeout, reconnectMin, reconnectMax, alarmAfter));
    }

    private Optional<Path> readableFile(Section s, String key) {
        Optional<Path> path = s.get(key, ReaderValues.path(baseDir));
        path.flatMap(files::readableFileProblem).ifPresent(problem -> s.error(key, problem));
        return path;
    }
}
