package vn.qrgate.reader.adapter.camera;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Hands the newest complete frame from the reader thread to the decoder thread through three
 * buffers: the one being filled, the latest complete one, the one being decoded. The reader never
 * waits for the decoder; a complete frame the decoder has not taken yet is overwritten by the next
 * one (and counted as skipped), so the decoder always works on a frame at most one decode old.
 */
final class LatestFrameExchange {

    /** A frame buffer and when its last byte arrived. */
    static final class Slot {
        final byte[] data;
        long arrivalNanos;

        Slot(int bytes) {
            this.data = new byte[bytes];
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition published = lock.newCondition();
    private final ArrayDeque<Slot> free = new ArrayDeque<>(2);
    // owned by the reader thread between publishes
    private Slot filling;
    // guarded by lock
    private Slot ready;
    private Slot decoding;
    private long read;
    private long skipped;
    private boolean closed;

    LatestFrameExchange(int frameBytes) {
        filling = new Slot(frameBytes);
        free.add(new Slot(frameBytes));
        free.add(new Slot(frameBytes));
    }

    /** Reader thread: the buffer to read the next frame into. */
    byte[] fillBuffer() {
        return filling.data;
    }

    /** Reader thread: the fill buffer holds a complete frame now; replaces any frame not yet taken. */
    void publish(long arrivalNanos) {
        lock.lock();
        try {
            filling.arrivalNanos = arrivalNanos;
            Slot overwritten = ready;
            ready = filling;
            if (overwritten != null) {
                skipped++;
                free.push(overwritten);
            }
            // three slots: at most ready and decoding are held, so one is always free here
            filling = free.pop();
            read++;
            published.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Decoder thread: waits for a frame newer than the last one taken; empty once closed. The slot
     * returned stays the decoder's until its next call.
     */
    Optional<Slot> take() throws InterruptedException {
        lock.lock();
        try {
            while (ready == null && !closed) {
                published.await();
            }
            if (closed) {
                return Optional.empty();
            }
            if (decoding != null) {
                free.push(decoding);
            }
            decoding = ready;
            ready = null;
            return Optional.of(decoding);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            closed = true;
            published.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long framesRead() {
        lock.lock();
        try {
            return read;
        } finally {
            lock.unlock();
        }
    }

    long framesSkipped() {
        lock.lock();
        try {
            return skipped;
        } finally {
            lock.unlock();
        }
    }
}
