package vn.qrgate.reader.adapter.mqtt;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.testing.PrivateMosquitto;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.port.RemoteConfig;
import vn.qrgate.reader.testing.Checkins;
import vn.qrgate.reader.testing.RecordingReport;
import vn.qrgate.reader.testing.TestGateway;

/**
 * By hand, not a test: how long a backlog takes to drain through a private Mosquitto to the stand-in
 * gateway (in this JVM, decoding every batch and acking it). Usage, from reader-firmware after
 * {@code mvn -o test-compile}:
 *
 * <pre>mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) vn.qrgate.reader.adapter.mqtt.DrainThroughputMain \
 *     [events=100000] [batchSize=500] [inFlight=4] [batchBytes=262144]</pre>
 *
 * The backlog is written straight into the outbox file in one transaction (appending 100 000 scans one by one
 * would take minutes of fsyncs), then the publisher starts and the clock runs until every event is acked.
 * The stand-in gateway only counts and acks (finding ids without decoding); {@code -DdecodingGateway=true}
 * makes it decode every batch, {@code -DbrokerNoDelay=true} sets Mosquitto's {@code set_tcp_nodelay}.
 *
 * <p>Measured on the 2-core build machine (2026-11-29), 100 000 events: 10.2 s in messages of 100, 5.0 s in
 * messages of 500 (the defaults), 8.7 s with the decoding gateway. Before the drain sent the stored JSON
 * without decoding it, set TCP_NODELAY and skipped the fsync of its bookkeeping: 28 s in messages of 100.
 */
public final class DrainThroughputMain {

    private DrainThroughputMain() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : MqttSettings.DEFAULT_BATCH_SIZE;
        int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : MqttSettings.DEFAULT_IN_FLIGHT;
        int batchBytes = args.length > 3 ? Integer.parseInt(args[3]) : MqttSettings.DEFAULT_BATCH_BYTES;
        Path dir = Files.createTempDirectory("qrgate-drain");
        DeviceId device = DeviceId.of("kiosk-bench-1");
        Path file = dir.resolve("outbox.db");
        new SqliteOutbox(OutboxSettings.defaults(file).withCapacity(10L * events)).close();
        prefill(file, device, events);

        PrivateMosquitto.Builder brokerConfig = PrivateMosquitto.in(dir.resolve("broker"));
        if (Boolean.getBoolean("brokerNoDelay")) {
            brokerConfig.line("set_tcp_nodelay true");
        }
        try (PrivateMosquitto broker = brokerConfig.start();
             TestGateway gateway = TestGateway.connect(broker.uri());
             SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(file).withCapacity(10L * events))) {
            if (!Boolean.getBoolean("decodingGateway")) {
                gateway.countOnly();
            }
            MqttSettings settings = MqttSettings.builder(URI.create(broker.uri()), device).batch(batchSize, batchBytes)
                    .inFlight(inFlight).build();
            MqttEventPublisher publisher = new MqttEventPublisher(settings, outbox, new RecordingReport(outbox),
                    RemoteConfig.IGNORE, Clock.systemUTC());
            long start = System.nanoTime();
            publisher.start();
            // Not outbox.status(): counting 100 000 rows every few milliseconds would slow the drain it measures.
            while (publisher.status().eventsAcked() < events) {
                Thread.sleep(20);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            publisher.close();
            if (outbox.status().backlog() != 0) {
                throw new IllegalStateException("the outbox is not empty: " + outbox.status());
            }
            System.out.printf("%d events, batch %d / %d B, in flight %d: drained and acked in %.2f s (%.0f events/s),"
                            + " %d messages, %d events received%n", events, batchSize, batchBytes, inFlight,
                    took.toMillis() / 1000.0, events * 1e9 / took.toNanos(),
                    gateway.received().size() + gateway.countedMessages(), gateway.eventIds().size() + gateway.countedIds());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Rows as SqliteOutbox.append writes them, but all in one transaction. */
    private static void prefill(Path file, DeviceId device, int events) throws Exception {
        Checkins checkins = new Checkins(device);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox (event_id, seq, state, created_at,"
                    + " sent_at, bytes, size) VALUES (?, ?, 'pending', ?, NULL, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (int seq = 1; seq <= events; seq++) {
                    Event event = checkins.next().withSeq(seq);
                    byte[] json = EventJson.encode(event);
                    insert.setString(1, event.eventId().toString());
                    insert.setLong(2, seq);
                    insert.setLong(3, now);
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
}
