package vn.qrgate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.qrgate.reader.adapter.serial.SocatPty;
import vn.qrgate.reader.app.ReaderAssembly;
import vn.qrgate.reader.app.ScanListener;
import vn.qrgate.gateway.app.GatewayServer;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.registry.app.RegistryServer;

/**
 * One site on real parts for the chain tests: a private Mosquitto, the registry (in this JVM, SQLite),
 * the gateway and the reader either in this JVM or as their own processes from the shaded jars (so
 * they can be killed with SIGKILL), the reader's scanner a socat pseudo-terminal.
 */
final class ChainSite implements AutoCloseable {

    static final String VENUE = "V58-CHAIN1";
    static final String DEVICE = "chain-kiosk-01";
    static final String GATEWAY_TOKEN = "gateway-token-0123456789abcdef";
    static final String STAFF_TOKEN = "staff-token-0123456789abcdef";

    final Path dir;
    /** The private Mosquitto, or null when the site runs on the demo's embedded broker. */
    final PrivateMosquitto broker;
    private final EmbeddedBroker embedded;
    private final String brokerUri;
    final SocatPty scanner;
    private final int registryPort = PrivateMosquitto.freePort();
    private final int gatewayPort = PrivateMosquitto.freePort();
    private RegistryServer registry;
    private GatewayServer gatewayInJvm;
    private Process gatewayProcess;
    private Process readerProcess;
    private int gatewayRuns;
    private int readerRuns;
    private final boolean cards;
    private ReaderAssembly readerInJvm;

    ChainSite(Path dir) throws Exception {
        this(dir, false);
    }

    /** {@code embeddedBroker}: the demo's HiveMQ CE inside this JVM instead of a Mosquitto process. */
    ChainSite(Path dir, boolean embeddedBroker) throws Exception {
        this(dir, embeddedBroker, false);
    }

    /**
     * A site that issues QG1 cards: the registry signs with {@link ChainCards}' key file and has a card
     * issuer, the gateway fetches the lists every second, the reader has a trust section (its file
     * written by {@link ChainCards#exportTrustToReader} before the reader starts).
     */
    static ChainSite withCards(Path dir) throws Exception {
        return new ChainSite(dir, false, true);
    }

    private ChainSite(Path dir, boolean embeddedBroker, boolean cards) throws Exception {
        this.dir = dir;
        this.cards = cards;
        if (embeddedBroker) {
            this.broker = null;
            this.embedded = EmbeddedBroker.start(dir.resolve("broker"), "127.0.0.1", PrivateMosquitto.freePort());
            this.brokerUri = embedded.uri();
        } else {
            this.broker = PrivateMosquitto.in(dir.resolve("broker")).start();
            this.embedded = null;
            this.brokerUri = broker.uri();
        }
        this.scanner = new SocatPty(Files.createDirectories(dir.resolve("pty"))).start();
        writeConfigs();
        if (cards) {
            ChainCards.createSigningKey(registryConfig().getParent());
        }
    }

    Path registryConfig() {
        return dir.resolve("registry/registry.yaml");
    }

    Path gatewayConfig() {
        return dir.resolve("gateway/gateway.yaml");
    }

    Path readerConfig() {
        return dir.resolve("reader/reader.yaml");
    }

    Path registryDb() {
        return dir.resolve("registry/registry.db");
    }

    String registryUrl() {
        return "http://127.0.0.1:" + registryPort;
    }

    private void writeConfigs() throws IOException {
        Files.createDirectories(registryConfig().getParent());
        Files.createDirectories(gatewayConfig().getParent());
        Files.createDirectories(readerConfig().getParent());
        // With cards: a card issuer's account, and the key file the registry signs with (read at every request).
        String issuer = !cards ? "" : ", { id: chain-issuer, role: card-issuer, token: \"" + ChainCards.ISSUER_TOKEN + "\" }";
        String signing = !cards ? "" : "signing: { keyFile: " + ChainCards.KEY_FILE + ", passphraseFile: "
                + ChainCards.PASSPHRASE_FILE + " }\n";
        Files.writeString(registryConfig(), """
                http: { host: 127.0.0.1, port: %d }
                store: { kind: sqlite, path: registry.db, busyTimeout: 250ms }
                venues: [ { id: %s, name: "Chain test venue" } ]
                gateways: [ { id: chain-gateway, token: "%s" } ]
                accounts: [ { id: chain-staff, role: venue-staff, venues: [%s], token: "%s" }%s ]
                """.formatted(registryPort, VENUE, GATEWAY_TOKEN, VENUE, STAFF_TOKEN, issuer) + signing);
        Files.writeString(gatewayConfig(), """
                gatewayId: chain-gateway
                mqtt: { uri: "%s", reconnectMin: 200ms, reconnectMax: 2s }
                store: { kind: sqlite, path: gateway.db }
                registry: { url: "http://127.0.0.1:%d", token: "%s", retryMin: 100ms, retryMax: 2s%s }
                http: { host: 127.0.0.1, port: %d }
                devices: [ { id: %s, venue: %s } ]
                """.formatted(brokerUri, registryPort, GATEWAY_TOKEN, cards ? ", trustPollInterval: 1s" : "",
                gatewayPort, DEVICE, VENUE));
        Files.writeString(readerConfig(), """
                device: { id: %s, venue: %s }
                mode: gate
                direction: IN
                hardware: { board: simulated }
                inputs:
                  - { type: serial, reader: newland-rs232, port: "%s" }
                outbox: { path: outbox.db }
                duplicates: { window: 0s }
                mqtt:
                  uri: "%s"
                  ackTimeout: 3s
                  reconnectMin: 200ms
                  reconnectMax: 2s
                  unreachableAlarmAfter: 10s
                """.formatted(DEVICE, VENUE, scanner.reader(), brokerUri)
                // 1h is the shortest maxAge the reader's config allows.
                + (cards ? "trust: { file: " + ChainCards.READER_TRUST_FILE + ", maxAge: 1h }\n" : ""));
    }

    RegistryServer startRegistry() {
        // No one logs in to the console here: one-time codes go nowhere.
        registry = DemoParts.registry(registryConfig(), Clock.systemUTC(), (to, text) -> { });
        return registry;
    }

    GatewayServer startGatewayInJvm() {
        gatewayInJvm = DemoParts.gateway(gatewayConfig(), Clock.systemUTC());
        return gatewayInJvm;
    }

    void startGatewayProcess() throws Exception {
        gatewayRuns++;
        gatewayProcess = java("gateway/target/qrgate-gateway.jar", gatewayConfig(), "gateway-" + gatewayRuns + ".log");
        awaitLog(dir.resolve("gateway-" + gatewayRuns + ".log"), "running", gatewayProcess);
    }

    void killGateway() throws InterruptedException {
        kill9(gatewayProcess);
    }

    void startReaderProcess() throws Exception {
        readerRuns++;
        readerProcess = java("reader-firmware/target/qrgate-reader.jar", readerConfig(), "reader-" + readerRuns + ".log");
        awaitLog(dir.resolve("reader-" + readerRuns + ".log"), "ready at venue", readerProcess);
    }

    void killReader() throws InterruptedException {
        kill9(readerProcess);
    }

    /**
     * The reader inside this JVM, on {@code clock} (scans, events and the trust list's age are judged by
     * it), telling {@code listener} each verdict the gate signalled. Its scanner is still the pty.
     */
    ReaderAssembly startReaderInJvm(Clock clock, ScanListener listener) {
        readerInJvm = DemoParts.reader(readerConfig(), clock, false, InputStream.nullInputStream(), () -> { }, listener);
        return readerInJvm;
    }

    /** Scans one code: the bytes a serial reader sends, with its CR suffix. */
    void scan(String code) {
        scanner.write(code + "\r");
    }

    /** How many scans the reader has committed, from its per-scan log lines in every run so far. */
    long readerCommitted() throws IOException {
        long n = 0;
        for (int run = 1; run <= readerRuns; run++) {
            Path log = dir.resolve("reader-" + run + ".log");
            try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> l.contains("ReaderAgent: seq ")).count();
            }
        }
        return n;
    }

    /** Times the reader's current run has connected to the broker. */
    long readerConnections() throws IOException {
        try (var lines = Files.lines(dir.resolve("reader-" + readerRuns + ".log"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("mqtt: connected to")).count();
        }
    }

    /** Outbox rows the gateway has not acked yet, read from the file of a reader that is not running. */
    long readerUnacked() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("reader/outbox.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from outbox where state <> 'acked'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The last seq the reader committed: every scan it accepted into its outbox has a seq up to this. */
    long readerLastSeq() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("reader/outbox.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select value from meta where key = 'last_seq'")) {
            r.next();
            return r.getLong(1);
        }
    }

    record Rows(long count, long distinctIds, long minSeq, long maxSeq) {
    }

    /** What the registry holds for the chain's device, read straight from its database. */
    Rows registryRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + registryDb());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*), count(distinct event_id), coalesce(min(seq),0),"
                     + " coalesce(max(seq),0) from checkin where device = '" + DEVICE + "'")) {
            r.next();
            return new Rows(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
        }
    }

    /** Holds the registry database's write lock, so the registry answers 503 until it is closed. */
    Connection lockRegistry() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + registryDb());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("BEGIN EXCLUSIVE");
        }
        return c;
    }

    String venueCheckins(int limit) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + registryPort + "/api/v1/venues/" + VENUE + "/checkins?limit=" + limit))
                .header("Authorization", "Bearer " + STAFF_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET checkins answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                text.append("---- ").append(log.getFileName()).append(" (last 40 lines)\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> text.append(l).append('\n'));
            }
        } catch (IOException e) {
            text.append("(logs unreadable: ").append(e).append(")");
        }
        return text.toString();
    }

    private Process java(String jar, Path config, String logName) throws IOException {
        Path jarPath = projectRoot().resolve(jar);
        if (!Files.exists(jarPath)) {
            throw new IllegalStateException(jarPath + " is missing: build with mvn package first");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx128m", "-jar", jarPath.toString(),
                "run", "--config", config.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(logName).toFile())).start();
    }

    static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("demo")) ? here : here.getParent();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void awaitLog(Path log, String marker, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + " before '" + marker + "':\n"
                        + Files.readString(log));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no '" + marker + "' in " + log + " within 60 s");
    }

    private static void kill9(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly(); // SIGKILL on Linux
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void terminate(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        terminate(readerProcess);
        if (readerInJvm != null) {
            readerInJvm.close();
        }
        terminate(gatewayProcess);
        if (gatewayInJvm != null) {
            gatewayInJvm.close();
        }
        if (registry != null) {
            registry.close();
        }
        scanner.close();
        if (broker != null) {
            broker.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
