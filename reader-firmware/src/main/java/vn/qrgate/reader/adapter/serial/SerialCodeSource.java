package vn.qrgate.reader.adapter.serial;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.adapter.ReconnectBackoff;
import vn.qrgate.reader.adapter.SourceLifecycle;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.CodeSource;
import vn.qrgate.reader.port.ScanSink;

/**
 * A barcode reader in USB-COM / RS-232 mode. Reads on its own daemon thread and keeps going when the
 * reader is unplugged: the port is closed, the path (or USB id) is looked up again with growing,
 * jittered waits, and reading resumes when it is back, with no restart of the agent.
 *
 * <p>Logs name the port and the reason, never a frame: frames are people's ID cards.
 */
public final class SerialCodeSource implements CodeSource {

    private static final Logger LOG = LoggerFactory.getLogger(SerialCodeSource.class);

    // termios counts read timeouts in tenths of a second; 100 ms keeps close() and idle flush prompt
    static final int READ_TIMEOUT_MILLIS = 100;
    private static final long CLOSE_WAIT_MILLIS = 1000;
    // a read alone may not notice a vanished node on every driver; stat it now and then as well
    private static final long PATH_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final int READ_CHUNK = 1024;

    private final SerialSettings settings;
    private final SerialPortFinder finder;
    private final SerialPortDriver driver;
    private final Clock clock;
    private final FrameSplitter splitter;
    private final ReconnectBackoff backoff;

    private final SourceLifecycle lifecycle;
    private volatile boolean connected;
    private volatile SerialPortDriver.Link link;
    private volatile Thread thread;
    // touched by the reader thread only
    private boolean outageReported;
    private boolean wasConnected;

    public SerialCodeSource(SerialSettings settings) {
        this(settings, new SerialPortFinder(), new JSerialCommDriver(), Clock.systemUTC());
    }

    public SerialCodeSource(SerialSettings settings, SerialPortFinder finder, SerialPortDriver driver, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.finder = Objects.requireNonNull(finder, "finder");
        this.driver = Objects.requireNonNull(driver, "driver");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.splitter = new FrameSplitter(settings.suffix(), settings.maxFrameBytes(), settings.frameIdleTimeout());
        this.backoff = new ReconnectBackoff(settings.reconnectMin(), settings.reconnectMax());
        this.lifecycle = new SourceLifecycle(describe());
    }

    @Override
    public String describe() {
        return "serial:" + settings.target();
    }

    /** False while the reader is unplugged or not yet found: drives the INPUT_LOST alarm. */
    public boolean connected() {
        return connected;
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public void start(ScanSink sink) {
        Objects.requireNonNull(sink, "sink");
        lifecycle.claimStart();
        Thread reader = new Thread(() -> run(sink), "serial-reader " + settings.target());
        reader.setDaemon(true);
        thread = reader;
        reader.start();
    }

    @Override
    public void close() {
        if (!lifecycle.beginClose()) {
            return;
        }
        SerialPortDriver.Link open = link;
        if (open != null) {
            open.close();
        }
        lifecycle.join(thread, CLOSE_WAIT_MILLIS, LOG);
        connected = false;
    }

    private void run(ScanSink sink) {
        while (!lifecycle.stopping()) {
            try {
                connectAndRead(sink);
            } catch (RuntimeException e) {
                // a bug must not leave the kiosk deaf until the next restart: log its type and go on
                LOG.error("{}: unexpected {} in the reader thread; reconnecting", describe(), e.getClass().getName());
                connected = false;
                SerialPortDriver.Link open = link;
                if (open != null) {
                    open.close();
                }
                splitter.reset();
                lifecycle.pause(backoff.next());
            }
        }
        connected = false;
    }

    private void connectAndRead(ScanSink sink) {
        while (!lifecycle.stopping()) {
            Path device;
            SerialPortDriver.Link opened;
            try {
                device = locate();
                opened = driver.open(device, settings, READ_TIMEOUT_MILLIS);
            } catch (DeviceNotFound | RuntimeException e) {
                // one WARN per outage, not one per retry: a kiosk may wait hours for its reader
                if (!outageReported) {
                    LOG.warn("{}: {}; retrying every {} to {} ms", describe(), reason(e),
                            settings.reconnectMin().toMillis(), settings.reconnectMax().toMillis());
                    outageReported = true;
                } else {
                    LOG.debug("{}: still unavailable: {}", describe(), reason(e));
                }
                lifecycle.pause(backoff.next());
                continue;
            }
            link = opened;
            if (lifecycle.stopping()) {
                opened.close();
                break;
            }
            connected = true;
            backoff.reset();
            outageReported = false;
            LOG.info("{}: {} on {} ({} baud, {} data bits, parity {}, stop bits {}, suffix {})", describe(),
                    wasConnected ? "reader is back" : "reading", device, settings.baud(), settings.dataBits(),
                    settings.parity(), settings.stopBits(), settings.suffix());
            wasConnected = true;
            String why = readUntilLost(opened, device, sink);
            connected = false;
            link = null;
            opened.close();
            splitter.reset();
            if (!lifecycle.stopping()) {
                LOG.warn("{}: reader lost ({}); reconnecting", describe(), why);
                outageReported = true;
                lifecycle.pause(backoff.next());
            }
        }
    }

    /** The node to open now: the configured link followed, or the USB id looked up afresh. */
    private Path locate() throws DeviceNotFound {
        Path shown = settings.devicePath();
        if (shown == null) {
            shown = finder.find(settings.usbId())
                    .orElseThrow(() -> new DeviceNotFound("no USB device " + settings.usbId() + " with a tty is plugged in"));
        }
        Path target = shown;
        return finder.resolve(shown).orElseThrow(() -> new DeviceNotFound(target + " does not exist"));
    }

    private String readUntilLost(SerialPortDriver.Link open, Path device, ScanSink sink) {
        byte[] buffer = new byte[READ_CHUNK];
        long nextPathCheck = System.nanoTime() + PATH_CHECK_NANOS;
        while (!lifecycle.stopping()) {
            int n;
            try {
                n = open.read(buffer);
            } catch (RuntimeException e) {
                return "read failed: " + e.getClass().getSimpleName();
            }
            long now = System.nanoTime();
            if (n < 0) {
                return "the port hung up or failed on read";
            }
            if (n > 0) {
                deliver(splitter.feed(buffer, 0, n, now), now, sink);
            } else {
                splitter.flushIfIdle(now).ifPresent(frame -> deliver(List.of(frame), now, sink));
            }
            if (now - nextPathCheck >= 0) {
                if (!Files.exists(device)) {
                    return device + " disappeared";
                }
                nextPathCheck = now + PATH_CHECK_NANOS;
            }
        }
        return "closed";
    }

    private void deliver(List<byte[]> frames, long receivedNanos, ScanSink sink) {
        for (byte[] frame : frames) {
            lifecycle.deliver(sink, new RawScan(frame, ScanSource.SERIAL, clock.instant(), receivedNanos), LOG);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    }

    /** For tests: the reader thread, once started. */
    Optional<Thread> readerThread() {
        return Optional.ofNullable(thread);
    }

    /** The configured path or USB id is not there right now (unplugged, or never plugged in). */
    private static final class DeviceNotFound extends Exception {
        private static final long serialVersionUID = 1L;

        DeviceNotFound(String message) {
            super(message, null, false, false);
        }
    }
}
