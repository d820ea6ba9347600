package vn.qrgate.bench;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.trust.DenyList;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustList;
import vn.qrgate.reader.adapter.gpio.GpioPins;
import vn.qrgate.reader.adapter.gpio.Pi4jGateActuator;
import vn.qrgate.reader.adapter.gpio.Signals;
import vn.qrgate.reader.adapter.serial.SerialCodeSource;
import vn.qrgate.reader.adapter.serial.SerialSettings;
import vn.qrgate.reader.adapter.serial.Suffix;
import vn.qrgate.reader.adapter.sqlite.OutboxSettings;
import vn.qrgate.reader.adapter.sqlite.SqliteOutbox;
import vn.qrgate.reader.app.ReaderAgent;
import vn.qrgate.reader.app.ScanListener;
import vn.qrgate.reader.domain.DecisionPipeline;
import vn.qrgate.reader.domain.DuplicateWindow;

/**
 * Scan-to-gate latency, end to end on real parts: bytes written into a socat pseudo-terminal, read
 * by the serial input, decided, committed to a SQLite outbox ({@code synchronous=FULL}), and the
 * relay pin driven high through Pi4J (mock provider). The clock stops when the relay pin's state
 * listener sees HIGH. Each scan waits for the relay to fall again, so every scan is a fresh edge.
 *
 * <p>Run: {@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.ScanToGateLatency [scans] [warmup]}
 */
public final class ScanToGateLatency {

    private static final String CODE = "058190001234|260123456|Trần Thị Bình|05071990|Nữ|Ninh Thuận|15082021";

    public static void main(String[] args) throws Exception {
        int scans = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path dir = Files.createTempDirectory("qrgate-latency");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + dir.resolve("reader"),
                "pty,raw,echo=0,link=" + dir.resolve("host")).redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile()).start();
        Context pi4j = Pi4J.newContextBuilder().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance())
                .disableShutdownHook().build();
        try {
            waitFor(dir.resolve("reader"));
            waitFor(dir.resolve("host"));
            run(dir, pi4j, scans, warmup);
        } finally {
            socat.destroy();
            pi4j.shutdown();
        }
    }

    private static void run(Path dir, Context pi4j, int scans, int warmup) throws Exception {
        Clock clock = Clock.system(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        CodeValidator validator = new CodeValidator(clock, TrustList.empty(), RevocationList.none(), Optional.empty());
        DecisionPipeline pipeline = new DecisionPipeline(() -> validator, DenyList::empty, DuplicateWindow.disabled(), clock);
        SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(dir.resolve("outbox.db")).withCapacity(10_000_000));
        GpioPins pins = GpioPins.builder().relay(17).greenLed(27).redLed(22).buzzer(23)
                .relayPulse(Duration.ofMillis(10)).build();
        Pi4jGateActuator gate = new Pi4jGateActuator(pi4j, pins, Signals.DEFAULTS, false);
        DigitalOutput relay = pi4j.io(Pi4jGateActuator.ioId(GpioPins.RELAY), DigitalOutput.class);
        AtomicLong relayHighAt = new AtomicLong();
        // The harness sleeps while it waits: a spinning harness would take one of the two cores from the agent.
        Semaphore relayRose = new Semaphore(0);
        relay.addListener(e -> {
            if (e.state() == DigitalState.HIGH) {
                relayHighAt.set(System.nanoTime());
                relayRose.release();
            }
        });
        SerialCodeSource serial = new SerialCodeSource(SerialSettings.device(dir.resolve("reader")).baud(115_200)
                .suffix(Suffix.CR).build());
        AtomicLong receivedAt = new AtomicLong();
        AtomicLong decidedAt = new AtomicLong();
        ReaderAgent agent = new ReaderAgent(DeviceId.of("bench-1"), "V-BENCH", pipeline, () -> Direction.IN, outbox, gate,
                List.of(serial), clock, () -> true, (scan, verdict, stored) -> {
                    receivedAt.set(scan.receivedNanos());
                    decidedAt.set(System.nanoTime());
                });
        agent.start();
        // As the running agent's housekeeping does: checkpoints off the scan path.
        java.util.concurrent.ScheduledExecutorService housekeeping = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        housekeeping.scheduleWithFixedDelay(outbox::checkpoint, 5, 5, TimeUnit.SECONDS);
        waitUntil(serial::connected, "the serial input to open");

        byte[] frame = (CODE + "\r").getBytes(StandardCharsets.UTF_8);
        long[] latencies = new long[scans];
        long[] toInput = new long[scans];
        long[] inputToRelay = new long[scans];
        long gcCountBefore = 0;
        long gcTimeBefore = 0;
        try (OutputStream host = new FileOutputStream(dir.resolve("host").toFile())) {
            for (int i = -warmup; i < scans; i++) {
                if (i == 0) {
                    gcCountBefore = gcCount();
                    gcTimeBefore = gcTime();
                }
                waitUntil(() -> relay.state() == DigitalState.LOW, "the relay to fall");
                relayHighAt.set(0);
                long start = System.nanoTime();
                host.write(frame);
                host.flush();
                if (!relayRose.tryAcquire(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("scan " + i + ": the relay did not rise within 5 s");
                }
                if (i >= 0) {
                    latencies[i] = relayHighAt.get() - start;
                    while (decidedAt.get() == 0) {
                        Thread.sleep(0, 100_000);
                    }
                    toInput[i] = receivedAt.get() - start;
                    inputToRelay[i] = relayHighAt.get() - receivedAt.get();
                }
                decidedAt.set(0);
            }
        }
        long gcs = gcCount() - gcCountBefore;
        long gcMillis = gcTime() - gcTimeBefore;
        long stored = outbox.status().lastSeq();
        housekeeping.shutdownNow();
        agent.close();
        report(latencies, gcs, gcMillis, stored);
        Arrays.sort(toInput);
        Arrays.sort(inputToRelay);
        System.out.printf("  of which pty write -> frame read by the serial input: p50 %.3f ms, p99 %.3f ms%n",
                ms(percentile(toInput, 50)), ms(percentile(toInput, 99)));
        System.out.printf("  of which frame read -> relay HIGH (decide, commit, drive): p50 %.3f ms, p99 %.3f ms%n",
                ms(percentile(inputToRelay, 50)), ms(percentile(inputToRelay, 99)));
    }

    private static void report(long[] nanos, long gcs, long gcMillis, long stored) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("scan-to-gate latency over %d scans (after warm-up), %d events in the outbox%n", sorted.length, stored);
        System.out.printf("  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  p99.9 %.3f ms  max %.3f ms  min %.3f ms%n",
                ms(percentile(sorted, 50)), ms(percentile(sorted, 90)), ms(percentile(sorted, 99)),
                ms(percentile(sorted, 99.9)), ms(sorted[sorted.length - 1]), ms(sorted[0]));
        System.out.printf("  garbage collections during measurement: %d (%d ms)%n", gcs, gcMillis);
        System.out.printf("{\"scans\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"p999_ms\":%.3f,\"max_ms\":%.3f,\"gc_count\":%d,\"gc_ms\":%d}%n",
                sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(percentile(sorted, 99.9)),
                ms(sorted[sorted.length - 1]), gcs, gcMillis);
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcTime() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void waitFor(Path path) throws InterruptedException {
        waitUntil(() -> Files.exists(path), path + " to appear");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(0, 200_000);
        }
    }
}
