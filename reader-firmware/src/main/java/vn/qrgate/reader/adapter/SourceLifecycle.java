package vn.qrgate.reader.adapter;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import vn.qrgate.reader.domain.RawScan;
import vn.qrgate.reader.port.ScanSink;

/**
 * The rules every reader input keeps, in one place: it starts once and never after close; once
 * {@code close()} has begun nothing more reaches the sink, because the hand-over and the start of
 * closing take the same lock; waits between retries end at once when closing starts. Shared by
 * the serial, keyboard-wedge, camera and stdin inputs; it sits outside the adapter slices, which
 * must not depend on each other.
 */
public final class SourceLifecycle {

    private final String source;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object deliveryLock = new Object();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopping;

    /** {@code source} names the input in messages, e.g. "serial:/dev/ttyACM0"; never personal data. */
    public SourceLifecycle(String source) {
        this.source = source;
    }

    /** Throws when the input was started before or is closed. */
    public void claimStart() {
        if (closed.get()) {
            throw new IllegalStateException(source + " is closed and cannot start again");
        }
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(source + " was already started");
        }
    }

    /** True for the first caller only; from its return on, {@link #deliver} hands nothing over. */
    public boolean beginClose() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        synchronized (deliveryLock) {
            stopping = true;
        }
        stopSignal.countDown();
        return true;
    }

    /** Closing has begun (or the reading thread was interrupted): loops end. */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Hands the scan to the sink unless closing has begun. A failing sink is logged by exception type
     * only (its message may quote the code) and the scan is dropped: the reading thread goes on.
     */
    public void deliver(ScanSink sink, RawScan scan, Logger log) {
        synchronized (deliveryLock) {
            if (stopping) {
                return;
            }
            try {
                sink.accept(scan);
            } catch (RuntimeException e) {
                log.error("{}: the scan sink failed with {}; the scan is dropped", source, e.getClass().getName());
            }
        }
    }

    /** Waits, or less when closing begins; an interrupt counts as closing for this thread's loops. */
    public void pause(Duration wait) {
        try {
            stopSignal.await(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Waits for a reading thread to end; one still busy after the wait is named in a warning. */
    public void join(Thread thread, long millis, Logger log) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("{}: thread {} still busy after {} ms; it delivers nothing more", source, thread.getName(), millis);
        }
    }
}
