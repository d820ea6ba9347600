package vn.qrgate.reader.adapter.stdin;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.reader.adapter.SourceLifecycle;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.CodeSource;
import vn.qrgate.reader.port.ScanSink;

/**
 * One code per line from standard input (or any stream): the demo, a pipe from a test, a keyboard
 * wedge on a console. Lines end at LF; one CR before it is dropped so files written on Windows work.
 * Empty lines are skipped. A line longer than the cap is passed on as its first cap+1 bytes, so
 * validation rejects it as too long, and the rest of it is skipped. At end of input the source
 * stops and runs {@code onEnd}, which lets the demo exit.
 */
public final class StdinCodeSource implements CodeSource {

    public static final int DEFAULT_MAX_LINE_BYTES = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(StdinCodeSource.class);
    private static final int READ_CHUNK = 4096;

    private final InputStream in;
    private final Clock clock;
    private final int maxLineBytes;
    private final Runnable onEnd;

    private final SourceLifecycle lifecycle;

    private final byte[] line;
    private int length;
    private boolean skippingRest;

    /** Standard input, the system clock, the default cap, nothing to run at the end. */
    public StdinCodeSource() {
        this(System.in, Clock.systemUTC(), DEFAULT_MAX_LINE_BYTES, () -> { });
    }

    public StdinCodeSource(InputStream in, Runnable onEnd) {
        this(in, Clock.systemUTC(), DEFAULT_MAX_LINE_BYTES, onEnd);
    }

    public StdinCodeSource(InputStream in, Clock clock, int maxLineBytes, Runnable onEnd) {
        this.in = Objects.requireNonNull(in, "in");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onEnd = Objects.requireNonNull(onEnd, "onEnd");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes = " + maxLineBytes + ": must be at least 1");
        }
        this.maxLineBytes = maxLineBytes;
        // one spare byte: a CR right at the cap may still turn out to be part of the line end
        this.line = new byte[maxLineBytes + 2];
        this.lifecycle = new SourceLifecycle("stdin");
    }

    @Override
    public String describe() {
        return "stdin";
    }

    @Override
    public void start(ScanSink sink) {
        Objects.requireNonNull(sink, "sink");
        lifecycle.claimStart();
        Thread reader = new Thread(() -> run(sink), "stdin-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Stops delivering at once. A read blocked on a terminal cannot be interrupted in Java; the
     * daemon thread is left to die with the process. System.in itself is left open for others.
     */
    @Override
    public void close() {
        if (!lifecycle.beginClose()) {
            return;
        }
        if (in != System.in) {
            try {
                in.close();
            } catch (IOException e) {
                LOG.debug("closing the input failed: {}", e.toString());
            }
        }
    }

    private void run(ScanSink sink) {
        byte[] buffer = new byte[READ_CHUNK];
        try {
            int n;
            while (!lifecycle.stopping() && (n = in.read(buffer)) >= 0) {
                long now = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    accept(buffer[i], now, sink);
                }
            }
            endLine(System.nanoTime(), sink);
        } catch (IOException e) {
            if (!lifecycle.stopping()) {
                LOG.warn("reading standard input failed ({}); no more codes from it", e.getClass().getSimpleName());
            }
        }
        if (!lifecycle.stopping()) {
            LOG.info("end of standard input");
            onEnd.run();
        }
    }

    private void accept(byte b, long now, ScanSink sink) {
        if (b == '\n') {
            endLine(now, sink);
        } else if (!skippingRest) {
            line[length++] = b;
            if (length > maxLineBytes + 1 || (length > maxLineBytes && b != '\r')) {
                // cap+1 bytes are enough for validation to say TOO_LONG; the rest is noise
                emit(Arrays.copyOf(line, maxLineBytes + 1), now, sink);
                length = 0;
                skippingRest = true;
            }
        }
    }

    private void endLine(long now, ScanSink sink) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (!skippingRest && end > 0) {
            emit(Arrays.copyOf(line, end), now, sink);
        }
        length = 0;
        skippingRest = false;
    }

    private void emit(byte[] bytes, long now, ScanSink sink) {
        lifecycle.deliver(sink, new RawScan(bytes, ScanSource.STDIN, clock.instant(), now), LOG);
    }
}
