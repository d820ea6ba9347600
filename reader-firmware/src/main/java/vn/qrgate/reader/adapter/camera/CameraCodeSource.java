package vn.qrgate.reader.adapter.camera;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.adapter.ReconnectBackoff;
import vn.qrgate.reader.adapter.SourceLifecycle;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.CodeSource;
import vn.qrgate.reader.port.ScanSink;

/**
 * A camera whose frames come from a command's standard output (rpicam-vid, ffmpeg, gst-launch).
 * One thread reads frames and never waits for the decoder; another decodes the newest complete
 * frame, so however slow decoding is, a code is seen at most one decode after it came into view.
 * A code is reported once per appearance ({@link CodePresence}). The command is restarted with
 * growing waits when it cannot start or ends.
 *
 * <p>Logs name the program and what happened to it, never a frame or a decoded code.
 */
public final class CameraCodeSource implements CodeSource {

    private static final Logger LOG = LoggerFactory.getLogger(CameraCodeSource.class);

    // a run this long with frames proves the camera works: the next failure starts the waits afresh
    static final long HEALTHY_RUN_NANOS = TimeUnit.SECONDS.toNanos(10);
    // no frame for this long and the camera is reported lost, though its command still runs
    static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(3);
    private static final long JOIN_MILLIS = 2000;

    private final CameraSettings settings;
    private final FrameDecoder decoder;
    private final Clock clock;
    private final ReconnectBackoff backoff;
    private final LatestFrameExchange exchange;
    private final CodePresence presence;
    private final byte[] chromaSink;

    private final SourceLifecycle lifecycle;
    private volatile Process process;
    private volatile boolean running;
    private volatile long lastFrameNanos;
    private volatile Thread readerThread;
    private volatile Thread decoderThread;
    private volatile Thread stderrThread;
    private final AtomicLong decoded = new AtomicLong();
    private final AtomicLong reported = new AtomicLong();
    private final AtomicLong starts = new AtomicLong();
    // reader thread only
    private boolean outageReported;
    // decoder thread only
    private boolean decoderFailureReported;

    public CameraCodeSource(CameraSettings settings, FrameDecoder decoder, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = new ReconnectBackoff(CameraSettings.RESTART_BACKOFF_MIN, settings.restartBackoffMax());
        this.exchange = new LatestFrameExchange(settings.width() * settings.height());
        this.presence = new CodePresence(settings.goneAfter());
        this.lifecycle = new SourceLifecycle(describe());
        this.chromaSink = new byte[settings.frameBytes() - settings.width() * settings.height()];
    }

    @Override
    public String describe() {
        return "camera:" + settings.program();
    }

    /** True while the command runs and frames keep arriving: drives the INPUT_LOST alarm. */
    public boolean connected() {
        return connectedAt(System.nanoTime());
    }

    boolean connectedAt(long nowNanos) {
        return running && nowNanos - lastFrameNanos < STALL_NANOS;
    }

    public CameraCounters counters() {
        return new CameraCounters(exchange.framesRead(), decoded.get(), exchange.framesSkipped(), reported.get(),
                starts.get());
    }

    public CameraSettings settings() {
        return settings;
    }

    @Override
    public void start(ScanSink sink) {
        Objects.requireNonNull(sink, "sink");
        lifecycle.claimStart();
        decoderThread = daemon(() -> decodeLoop(sink), "camera-decoder");
        readerThread = daemon(this::readLoop, "camera-reader");
    }

    /** Stops the command (terminate, then kill after a grace), joins the threads; no scan after this returns. */
    @Override
    public void close() {
        if (!lifecycle.beginClose()) {
            return;
        }
        exchange.close();
        Process current = process;
        if (current != null) {
            ChildProcesses.stop(current);
        }
        join(readerThread);
        join(decoderThread);
        join(stderrThread);
        running = false;
    }

    private void readLoop() {
        while (!lifecycle.stopping()) {
            starts.incrementAndGet();
            Process started;
            try {
                started = new ProcessBuilder(settings.command()).start();
            } catch (IOException | RuntimeException e) {
                Duration wait = backoff.next();
                reportFailure("cannot start the camera command (" + reason(e) + "); retrying in " + wait.toMillis() + " ms");
                lifecycle.pause(wait);
                continue;
            }
            process = started;
            if (lifecycle.stopping()) {
                ChildProcesses.stop(started);
                break;
            }
            ChildProcesses.closeInput(started);
            stderrThread = daemon(new CommandStderr(started.getErrorStream(), describe(), LOG), "camera-stderr");
            String why;
            try {
                why = readFrames(started.getInputStream());
            } catch (RuntimeException e) {
                // a bug must not leave the kiosk blind until the next restart: name it and start afresh
                why = "was abandoned after " + e.getClass().getName() + " in the reader";
                ChildProcesses.stop(started);
            }
            running = false;
            String status = ChildProcesses.exitStatus(started);
            join(stderrThread);
            if (!lifecycle.stopping()) {
                Duration wait = backoff.next();
                reportFailure("the camera command " + why + " (" + status + "); restarting in " + wait.toMillis() + " ms");
                lifecycle.pause(wait);
            }
        }
        running = false;
    }

    /** Reads whole frames until the output ends; says how it ended. A partial frame is never published. */
    private String readFrames(InputStream out) {
        int luma = settings.width() * settings.height();
        long runStart = System.nanoTime();
        boolean healthy = false;
        try {
            while (!lifecycle.stopping()) {
                int n = out.readNBytes(exchange.fillBuffer(), 0, luma);
                if (n == luma && chromaSink.length > 0) {
                    n += out.readNBytes(chromaSink, 0, chromaSink.length);
                }
                if (n < settings.frameBytes()) {
                    return n == 0 ? "ended" : "ended mid-frame after " + n + " of " + settings.frameBytes()
                            + " bytes; the partial frame is dropped";
                }
                long now = System.nanoTime();
                exchange.publish(now);
                lastFrameNanos = now;
                if (!running) {
                    running = true;
                    outageReported = false;
                    LOG.info("{}: frames arriving ({}x{} {})", describe(), settings.width(), settings.height(),
                            settings.format());
                }
                if (!healthy && now - runStart >= HEALTHY_RUN_NANOS) {
                    backoff.reset();
                    healthy = true;
                }
            }
            return "was stopped";
        } catch (IOException e) {
            return "could not be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    private void decodeLoop(ScanSink sink) {
        Optional<DecodedCode> none = Optional.empty();
        try {
            Optional<LatestFrameExchange.Slot> next;
            while ((next = exchange.take()).isPresent()) {
                LatestFrameExchange.Slot slot = next.get();
                Optional<DecodedCode> found = none;
                try {
                    found = decoder.decode(settings.frameOf(slot.data));
                } catch (RuntimeException e) {
                    // the message may quote what was decoded: name the type only
                    if (!decoderFailureReported) {
                        LOG.error("{}: the decoder failed with {}; the frame counts as showing no code", describe(),
                                e.getClass().getName());
                        decoderFailureReported = true;
                    }
                }
                decoded.incrementAndGet();
                if (found.isPresent()) {
                    byte[] code = found.get().bytes();
                    if (presence.seen(code, slot.arrivalNanos)) {
                        deliver(code.clone(), slot.arrivalNanos, sink);
                    }
                } else {
                    presence.seenNothing(slot.arrivalNanos);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(byte[] code, long arrivalNanos, ScanSink sink) {
        RawScan scan = new RawScan(code, ScanSource.CAMERA, clock.instant(), arrivalNanos);
        // counted inside the hand-over, so the count never runs ahead of what the sink was given
        lifecycle.deliver(handed -> {
            reported.incrementAndGet();
            sink.accept(handed);
        }, scan, LOG);
    }

    /**
     * One WARN per outage, the rest at DEBUG: a kiosk may wait hours for a camera to be plugged in or
     * a tool to be installed. An outage ends when frames arrive.
     */
    private void reportFailure(String what) {
        if (!outageReported) {
            LOG.warn("{}: {}", describe(), what);
            outageReported = true;
        } else {
            LOG.debug("{}: {}", describe(), what);
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void join(Thread thread) {
        lifecycle.join(thread, JOIN_MILLIS, LOG);
    }

    private static String reason(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getName();
    }

    /** For tests: the threads, once started. */
    List<Thread> threads() {
        return Stream.of(readerThread, decoderThread, stderrThread).filter(Objects::nonNull).toList();
    }
}
