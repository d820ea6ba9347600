package vn.qrgate.reader.adapter.evdev;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
 * A barcode reader in USB keyboard mode ("keyboard wedge"), read from its Linux event device. The
 * device is grabbed so its keystrokes do not also land at a console login. Reads on its own daemon
 * thread and keeps going when the reader is unplugged: a half-typed code is dropped, the node is
 * opened again with growing, jittered waits, and reading resumes when it is back.
 *
 * <p>Logs name the device, open and close, the grab and errors; never a key or a code.
 */
public final class EvdevCodeSource implements CodeSource {

    private static final Logger LOG = LoggerFactory.getLogger(EvdevCodeSource.class);

    // The longest the thread waits in poll before it looks at close(): bounds close() without a wake-up pipe
    static final int TICK_MILLIS = 100;
    static final Duration DEFAULT_RECONNECT_MIN = Duration.ofMillis(250);
    static final Duration DEFAULT_RECONNECT_MAX = Duration.ofSeconds(10);
    private static final long CLOSE_WAIT_MILLIS = 1000;
    private static final int RECORDS_PER_READ = 64;

    private final WedgeSettings settings;
    private final Clock clock;
    private final InputDevice.Opener opener;
    private final ReconnectBackoff backoff;
    private final Duration reconnectMin;
    private final Duration reconnectMax;
    private final EventRecordDecoder decoder;

    private final SourceLifecycle lifecycle;
    private volatile boolean connected;
    private volatile Thread thread;
    // touched by the reader thread only
    private KeystrokeAssembler assembler;
    private ScanSink sink;
    private boolean outageReported;
    private boolean wasConnected;
    private boolean grabRefusalReported;

    public EvdevCodeSource(WedgeSettings settings, Clock clock) {
        this(settings, clock, LibcInputDevice::open, LibcInputDevice.C_LONG_BYTES, DEFAULT_RECONNECT_MIN, DEFAULT_RECONNECT_MAX);
    }

    /** For tests: another way to open the node, another record layout, shorter reconnect waits. */
    EvdevCodeSource(WedgeSettings settings, Clock clock, InputDevice.Opener opener, int cLongBytes,
                    Duration reconnectMin, Duration reconnectMax) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.decoder = new EventRecordDecoder(cLongBytes);
        this.reconnectMin = reconnectMin;
        this.reconnectMax = reconnectMax;
        this.backoff = new ReconnectBackoff(reconnectMin, reconnectMax);
        this.lifecycle = new SourceLifecycle(describe());
    }

    @Override
    public String describe() {
        return "hid:" + settings.device();
    }

    /** The device is open now; false while the reader is unplugged or not yet found. */
    public boolean connected() {
        return connected;
    }

    public WedgeSettings settings() {
        return settings;
    }

    @Override
    public void start(ScanSink sink) {
        Objects.requireNonNull(sink, "sink");
        lifecycle.claimStart();
        this.sink = sink;
        this.assembler = KeystrokeAssembler.of(settings, this::deliver);
        Thread reader = new Thread(this::run, "wedge-reader " + settings.device());
        reader.setDaemon(true);
        thread = reader;
        reader.start();
    }

    /** Stops the thread, which gives the grab back and closes the device; nothing is delivered after this returns. */
    @Override
    public void close() {
        if (!lifecycle.beginClose()) {
            return;
        }
        lifecycle.join(thread, CLOSE_WAIT_MILLIS, LOG);
        connected = false;
    }

    private void run() {
        while (!lifecycle.stopping()) {
            try {
                connectAndRead();
            } catch (RuntimeException e) {
                // a bug must not leave the kiosk deaf until the next restart: log its type and go on
                LOG.error("{}: unexpected {} in the reader thread; reconnecting", describe(), e.getClass().getName());
                connected = false;
                assembler.discard();
                decoder.reset();
                lifecycle.pause(backoff.next());
            }
        }
        connected = false;
    }

    private void connectAndRead() {
        while (!lifecycle.stopping()) {
            InputDevice device;
            try {
                device = opener.open(settings.device());
            } catch (InputDeviceException e) {
                // one WARN per outage, not one per retry: a kiosk may wait hours for its reader
                if (!outageReported) {
                    LOG.warn("{}: {}; retrying every {} to {} ms", describe(), e.getMessage(),
                            reconnectMin.toMillis(), reconnectMax.toMillis());
                    outageReported = true;
                } else {
                    LOG.debug("{}: still unavailable: {}", describe(), e.getMessage());
                }
                lifecycle.pause(backoff.next());
                continue;
            }
            String why;
            try {
                connected = true;
                backoff.reset();
                outageReported = false;
                LOG.info("{}: {} {} (suffix {}, inter-key timeout {} ms)", describe(),
                        wasConnected ? "reader is back on" : "reading", settings.device(), settings.suffix(),
                        settings.interKeyTimeout().toMillis());
                wasConnected = true;
                grabIfWanted(device);
                why = readUntilLost(device);
            } finally {
                connected = false;
                // a half-typed code from before the loss is never delivered, nor glued to the next one
                assembler.discard();
                decoder.reset();
                device.close();
            }
            if (lifecycle.stopping()) {
                LOG.info("{}: closed {}", describe(), settings.device());
            } else {
                LOG.warn("{}: reader lost ({}); reconnecting", describe(), why);
                outageReported = true;
                lifecycle.pause(backoff.next());
            }
        }
    }

    private void grabIfWanted(InputDevice device) {
        if (!settings.grab()) {
            LOG.info("{}: not grabbed (grab is off): keystrokes also reach a console on this device", describe());
            return;
        }
        Optional<Errno> refused = device.grab();
        if (refused.isEmpty()) {
            LOG.info("{}: grabbed {} for this program alone", describe(), settings.device());
        } else if (!grabRefusalReported) {
            LOG.warn("{}: could not grab {} (EVIOCGRAB failed with {}); reading on, but its keystrokes "
                    + "may also reach a console or login prompt", describe(), settings.device(), refused.get());
            grabRefusalReported = true;
        } else {
            LOG.debug("{}: grab refused again ({})", describe(), refused.get().name());
        }
    }

    private String readUntilLost(InputDevice device) {
        byte[] buffer = new byte[decoder.recordBytes() * RECORDS_PER_READ];
        long timeoutNanos = settings.interKeyTimeout().toNanos();
        long lastKeyNanos = System.nanoTime();
        boolean[] sawKey = new boolean[1];
        while (!lifecycle.stopping()) {
            int wait = TICK_MILLIS;
            if (assembler.inProgress()) {
                long left = timeoutNanos - (System.nanoTime() - lastKeyNanos);
                wait = (int) Math.max(0, Math.min(TICK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left + 999_999)));
            }
            int n;
            try {
                n = device.read(buffer, wait);
            } catch (InputDeviceException e) {
                return e.getMessage();
            }
            if (n < 0) {
                return "end of input: the device was unplugged";
            }
            long now = System.nanoTime();
            if (n > 0) {
                sawKey[0] = false;
                decoder.feed(buffer, 0, n, key -> {
                    sawKey[0] = true;
                    assembler.accept(key);
                });
                if (sawKey[0]) {
                    lastKeyNanos = now;
                }
            } else if (assembler.inProgress() && now - lastKeyNanos >= timeoutNanos) {
                assembler.expire();
            }
        }
        return "closed";
    }

    private void deliver(AssembledCode code) {
        long receivedNanos = System.nanoTime();
        switch (code.ending()) {
            case TIMEOUT -> {
                if (settings.suffix() != SuffixKey.NONE) {
                    LOG.debug("{}: a code ended by the inter-key timeout without its {} key", describe(), settings.suffix());
                }
            }
            case CAP -> LOG.debug("{}: a code reached the {}-byte cap; the rest of it is skipped", describe(),
                    settings.maxCodeBytes());
            default -> { }
        }
        lifecycle.deliver(sink, new RawScan(code.bytes(), ScanSource.HID, clock.instant(), receivedNanos), LOG);
    }

    /** For tests: the reader thread, once started. */
    Optional<Thread> readerThread() {
        return Optional.ofNullable(thread);
    }
}
