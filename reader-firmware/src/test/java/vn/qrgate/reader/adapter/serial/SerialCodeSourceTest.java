package vn.qrgate.reader.adapter.serial;

import vn.qrgate.reader.testing.LogCapture;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.ScanSource;

/** The reconnect and hand-over logic, on a fake driver: fast and exact. The socat IT does the real bytes. */
class SerialCodeSourceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00Z");
    private static final Duration FAST = Duration.ofMillis(20);

    @TempDir
    Path dir;
    Path device;
    FakeDriver driver = new FakeDriver();
    RecordingSink sink = new RecordingSink();
    LogCapture log;
    SerialCodeSource source;

    @BeforeEach
    void plugIn() throws IOException {
        device = Files.createFile(dir.resolve("ttyACM0"));
        log = new LogCapture(SerialCodeSource.class, Level.DEBUG);
    }

    @AfterEach
    void tearDown() {
        if (source != null) {
            source.close();
        }
        log.close();
    }

    @Test
    void framesReachTheSinkAsSerialScansStampedByTheClock() {
        start(settings(device));

        driver.awaitLink().send("A1\rB2\r");

        await().until(() -> sink.texts().size() == 2);
        assertThat(sink.texts()).containsExactly("A1", "B2");
        assertThat(sink.scans()).allSatisfy(scan -> {
            assertThat(scan.source()).isEqualTo(ScanSource.SERIAL);
            assertThat(scan.receivedAt()).isEqualTo(NOW);
        });
        assertThat(source.connected()).isTrue();
        assertThat(source.describe()).isEqualTo("serial:" + device);
    }

    @Test
    void afterAnUnplugItReconnectsByItselfWithOneWarningAndOneInfo() {
        start(settings(device));
        FakeLink first = driver.awaitLink();
        driver.available = false;

        first.unplug();
        await().until(() -> !source.connected());
        await().until(() -> driver.refusedOpens >= 3);
        driver.available = true;
        driver.awaitNextLink(first).send("after\r");

        await().until(() -> sink.texts().contains("after"));
        assertThat(source.connected()).isTrue();
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains("reader lost");
        assertThat(log.messages(Level.INFO)).hasSize(2).last().asString().contains("reader is back");
    }

    @Test
    void aReaderAbsentAtStartIsReportedOnceAndPickedUpWhenPluggedIn() throws IOException {
        Files.delete(device);
        start(settings(device));

        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> !source.connected());
        Files.createFile(device);
        driver.awaitLink().send("first\r");

        await().until(() -> sink.texts().contains("first"));
        assertThat(log.messages(Level.WARN)).singleElement().asString().contains(device + " does not exist");
    }

    @Test
    void aDeviceNodeThatVanishesCountsAsUnpluggedEvenWhileReadsJustTimeOut() throws IOException {
        start(settings(device));
        driver.awaitLink();

        Files.delete(device);

        await().atMost(Duration.ofSeconds(2)).until(() -> !source.connected());
        assertThat(log.messages(Level.WARN)).anySatisfy(line -> assertThat(line).contains("disappeared"));
    }

    @Test
    void aFrameCutOffByTheUnplugIsNotGluedToTheNextOne() {
        start(settings(device));
        FakeLink first = driver.awaitLink();
        first.send("0581900");
        await().until(() -> first.pending.isEmpty());

        first.unplug();
        driver.awaitNextLink(first).send("whole\r");

        await().until(() -> !sink.texts().isEmpty());
        assertThat(sink.texts()).containsExactly("whole");
    }

    @Test
    void aUsbReaderIsLookedUpAgainOnEveryReconnect() throws IOException {
        Path sys = dir.resolve("sys");
        Path dev = Files.createDirectories(dir.resolve("dev"));
        fakeUsbTty(sys, "1-1", "ttyACM0");
        Files.createFile(dev.resolve("ttyACM0"));
        Files.createFile(dev.resolve("ttyACM1"));
        SerialSettings usb = SerialSettings.usb(UsbId.parse("1eab:0d10")).reconnectBackoff(FAST, FAST).build();
        source = new SerialCodeSource(usb, new SerialPortFinder(sys, dev), driver, Clock.fixed(NOW, ZoneOffset.UTC));
        source.start(sink);
        FakeLink first = driver.awaitLink();

        // replugged into another socket: the kernel names it ttyACM1 this time
        deleteTree(sys);
        fakeUsbTty(sys, "1-2", "ttyACM1");
        first.unplug();
        driver.awaitNextLink(first);

        assertThat(driver.opened).extracting(p -> p.getFileName().toString()).containsExactly("ttyACM0", "ttyACM1");
        assertThat(source.describe()).isEqualTo("serial:usb:1eab:0d10");
    }

    @Test
    void closeStopsReadingWithinASecondAndNothingArrivesAfterIt() {
        start(settings(device));
        FakeLink link = driver.awaitLink();

        long started = System.nanoTime();
        source.close();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        link.send("late\r");

        assertThat(tookMillis).isLessThan(1000);
        assertThat(source.readerThread()).hasValueSatisfying(t -> assertThat(t.isAlive()).isFalse());
        assertThat(link.closed).isTrue();
        assertThat(source.connected()).isFalse();
        assertThat(sink.texts()).isEmpty();
    }

    @Test
    void aSinkThatThrowsLosesThatFrameOnlyAndItsMessageIsNotLogged() {
        List<String> kept = new CopyOnWriteArrayList<>();
        source = new SerialCodeSource(settings(device), new SerialPortFinder(dir, dir), driver, Clock.systemUTC());
        source.start(scan -> {
            String text = new String(scan.bytes(), UTF_8);
            if (text.startsWith("bad")) {
                throw new IllegalStateException("cannot judge " + text);
            }
            kept.add(text);
        });

        driver.awaitLink().send("bad-058190001234\rgood\r");

        await().until(() -> kept.contains("good"));
        assertThat(log.all()).doesNotContain("058190001234").contains("IllegalStateException");
    }

    @Test
    void aSourceStartsOnlyOnce() {
        start(settings(device));

        assertThatThrownBy(() -> source.start(sink)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already started");
    }

    private void start(SerialSettings settings) {
        source = new SerialCodeSource(settings, new SerialPortFinder(dir, dir), driver, Clock.fixed(NOW, ZoneOffset.UTC));
        source.start(sink);
    }

    private static SerialSettings settings(Path device) {
        return SerialSettings.device(device).reconnectBackoff(FAST, FAST).build();
    }

    private static void fakeUsbTty(Path sys, String port, String tty) throws IOException {
        Path usb = Files.createDirectories(sys.resolve("devices/usb1").resolve(port));
        Files.writeString(usb.resolve("idVendor"), "1eab\n");
        Files.writeString(usb.resolve("idProduct"), "0d10\n");
        Path ttyDir = Files.createDirectories(usb.resolve(port + ":1.0/tty").resolve(tty));
        Files.createSymbolicLink(ttyDir.resolve("device"), Path.of("../../../" + port + ":1.0"));
        Files.createDirectories(sys.resolve("class/tty"));
        Files.createSymbolicLink(sys.resolve("class/tty").resolve(tty), Path.of("../..").resolve(sys.relativize(ttyDir)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Opens instantly, or refuses while "unplugged"; remembers every link it gave out. */
    static final class FakeDriver implements SerialPortDriver {
        final BlockingQueue<FakeLink> links = new LinkedBlockingQueue<>();
        final List<Path> opened = new CopyOnWriteArrayList<>();
        volatile boolean available = true;
        volatile int refusedOpens;
        private volatile FakeLink latest;

        @Override
        public Link open(Path device, SerialSettings settings, int readTimeoutMillis) {
            if (!available) {
                refusedOpens++;
                throw new SerialPortOpenException(device, "open failed (code 2)");
            }
            opened.add(device.getFileName());
            FakeLink link = new FakeLink();
            latest = link;
            links.add(link);
            return link;
        }

        FakeLink awaitLink() {
            await().until(() -> latest != null);
            return latest;
        }

        FakeLink awaitNextLink(FakeLink previous) {
            await().until(() -> latest != previous);
            return latest;
        }
    }

    /** Reads wait like a port with a 100 ms timeout; unplug() makes them fail as a vanished tty does. */
    static final class FakeLink implements SerialPortDriver.Link {
        final BlockingQueue<byte[]> pending = new LinkedBlockingQueue<>();
        volatile boolean unplugged;
        volatile boolean closed;

        void send(String text) {
            pending.add(text.getBytes(UTF_8));
        }

        void unplug() {
            unplugged = true;
        }

        @Override
        public int read(byte[] buffer) {
            if (unplugged || closed) {
                return -1;
            }
            try {
                byte[] chunk = pending.poll(SerialCodeSource.READ_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                if (chunk == null) {
                    return unplugged || closed ? -1 : 0;
                }
                System.arraycopy(chunk, 0, buffer, 0, chunk.length);
                return chunk.length;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
