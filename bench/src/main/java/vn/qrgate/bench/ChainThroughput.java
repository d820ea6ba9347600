package vn.qrgate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.qrgate.gateway.app.GatewayServer;
import vn.qrgate.gateway.config.ConfigLoad;
import vn.qrgate.gateway.config.GatewayConfigLoader;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.app.ReaderAssembly;

/**
 * Issue 4's benchmark, both figures in one run on one broker:
 * (a) the broker's raw Paho QoS 1 pass-through rate with 300-byte payloads, and
 * (b) the chain's rate: a reader outbox holding N events drained through the same broker into the
 * gateway's durable store (SQLite, synchronous=FULL), each event deleted from the outbox only when the
 * gateway's ack names it. (b) runs the production wiring: the reader from a config file through
 * AgentWiring, the gateway through GatewayServer. The clock runs from the reader's start until the
 * outbox holds no unacked event and the gateway's store holds all N.
 *
 * <p>One 20 k-event drain runs first to warm the JIT and is not counted.
 *
 * <p>The outbox is filled by SQL with synchronous=OFF before the clock starts (appending 100 k scans one
 * fsync at a time would take minutes and is not what is measured). Its rows are what the reader itself
 * writes: the event's JSON, pending, seq 1..N.
 *
 * <p>Run: {@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.ChainThroughput [events] [runs] [broker-uri]}.
 * Without a broker URI it starts its own Mosquitto (as configured in gateway/broker/mosquitto.conf:
 * no queue limit) on a free port.
 */
public final class ChainThroughput {

    private static final String DEVICE = "bench-kiosk-01";
    private static final String VENUE = "V01-BENCH1";

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("qrgate-chain-bench");
        Process mosquitto = null;
        String uri;
        if (args.length > 2) {
            uri = args[2];
        } else {
            int port = freePort();
            mosquitto = startMosquitto(dir, port);
            uri = "tcp://127.0.0.1:" + port;
        }
        try {
            // Readers and gateways run for months: the first drain in a fresh JVM measures the JIT, not the chain.
            MqttPassThrough.measure(uri, 20_000, 300, 20);
            double warm = drain(Files.createDirectories(dir.resolve("warm-up")), uri, 20_000);
            System.out.printf("warm-up (not counted): 20000 events drained in %.2f s%n", warm);
            double[] raw = new double[runs];
            double[] chain = new double[runs];
            double[] seconds = new double[runs];
            for (int run = 0; run < runs; run++) {
                raw[run] = MqttPassThrough.measure(uri, events, 300, 20);
                Path runDir = Files.createDirectories(dir.resolve("run-" + run));
                seconds[run] = drain(runDir, uri, events);
                chain[run] = events / seconds[run];
                System.out.printf("run %d: (a) raw pass-through %.0f msg/s; (b) chain %.0f events/s, %d events drained in %.2f s;"
                        + " ratio %.2f%n", run + 1, raw[run], chain[run], events, seconds[run], chain[run] / raw[run]);
            }
            System.out.printf("median of %d runs: (a) %.0f msg/s [%.0f..%.0f]; (b) %.0f events/s [%.0f..%.0f], drain %.2f s"
                            + " [%.2f..%.2f]; ratio (b)/(a) %.2f%n", runs,
                    median(raw), min(raw), max(raw), median(chain), min(chain), max(chain),
                    median(seconds), min(seconds), max(seconds), median(chain) / median(raw));
        } finally {
            if (mosquitto != null) {
                mosquitto.destroy();
                mosquitto.waitFor(10, TimeUnit.SECONDS);
            }
        }
        System.exit(0);
    }

    /** Seconds from the reader's start until all {@code events} are acked and stored at the gateway. */
    static double drain(Path dir, String uri, int events) throws Exception {
        Path outboxFile = dir.resolve("outbox.db");
        fillOutbox(outboxFile, events);
        Path gatewayYaml = dir.resolve("gateway.yaml");
        Files.writeString(gatewayYaml, """
                gatewayId: bench-gateway
                mqtt: { uri: "%s" }
                store: { kind: sqlite, path: gateway.db }
                registry: { url: "http://127.0.0.1:%d", token: "bench-token-0123456789", retryMin: 5s, retryMax: 60s }
                http: { host: 127.0.0.1, port: 0 }
                devices: [ { id: %s, venue: %s } ]
                """.formatted(uri, freePort(), DEVICE, VENUE));
        ConfigLoad gatewayLoad = GatewayConfigLoader.load(gatewayYaml);
        if (!(gatewayLoad instanceof ConfigLoad.Valid gatewayConfig)) {
            throw new IllegalStateException("bench gateway config: " + gatewayLoad);
        }
        Path readerYaml = dir.resolve("reader.yaml");
        Files.writeString(readerYaml, """
                device: { id: %s, venue: %s }
                mode: gate
                direction: IN
                hardware: { board: simulated }
                inputs: [ { type: stdin } ]
                outbox: { path: outbox.db, capacity: 1000000 }
                mqtt: { uri: "%s", batchSize: 500, batchBytes: 262144, inFlight: 4 }
                """.formatted(DEVICE, VENUE, uri));
        var readerLoad = vn.qrgate.reader.config.ConfigLoader.forThisMachine().load(readerYaml);
        if (!(readerLoad instanceof vn.qrgate.reader.config.ConfigLoad.Valid readerConfig)) {
            throw new IllegalStateException("bench reader config: " + readerLoad);
        }
        try (GatewayServer gateway = GatewayServer.start(gatewayConfig.config())) {
            InputStream idle = new PipedInputStream(new PipedOutputStream());
            AgentWiring.Options options = AgentWiring.Options.defaults().withStdin(idle, () -> { });
            long start = System.nanoTime();
            ReaderAssembly reader = AgentWiring.assemble(readerConfig.config(), options);
            try {
                reader.start();
                var publisher = reader.publisher().orElseThrow();
                while (gateway.health().registryBacklog() < events || publisher.status().eventsAcked() < events) {
                    Thread.sleep(50);
                }
                return (System.nanoTime() - start) / 1e9;
            } finally {
                reader.close();
            }
        }
    }

    private static void fillOutbox(Path file, int events) throws Exception {
        new SqliteOutbox(OutboxSettings.defaults(file).withCapacity(1_000_000)).close();
        Identity person = new Identity(DocumentType.CCCD, "058190001234", "Trần Thị Bình",
                java.time.LocalDate.of(1990, 7, 5), Sex.FEMALE, null);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7));
        EventIds ids = new EventIds(Clock.systemUTC());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous = OFF");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO outbox (event_id, seq, state, created_at, sent_at, bytes, size) VALUES (?, ?, 'pending', ?, NULL, ?, ?)")) {
                for (int seq = 1; seq <= events; seq++) {
                    Event event = Event.accepted(ids.next(), new DeviceId(DEVICE), VENUE, seq, at.plusNanos(seq * 1000L),
                            true, Direction.IN, Kind.CCCD, person, ScanSource.SERIAL, List.of());
                    byte[] json = EventJson.encode(event);
                    insert.setString(1, event.eventId().toString());
                    insert.setLong(2, seq);
                    insert.setLong(3, System.currentTimeMillis());
                    insert.setBytes(4, json);
                    insert.setInt(5, json.length);
                    insert.addBatch();
                    if (seq % 10_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE meta SET value = " + events + " WHERE key = 'last_seq'");
            }
            c.commit();
        }
    }

    private static Process startMosquitto(Path dir, int port) throws Exception {
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "per_listener_settings false\nuser " + System.getProperty("user.name") + "\n"
                + "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n"
                + "max_queued_messages 0\nmax_queued_bytes 0\nset_tcp_nodelay true\n");
        Process p = new ProcessBuilder("/usr/sbin/mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("mosquitto did not start; see " + dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
