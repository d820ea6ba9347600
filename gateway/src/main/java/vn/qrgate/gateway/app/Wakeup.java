package vn.qrgate.gateway.app;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A worker's sleep that others can cut short: {@link #signal()} ends an {@link #awaitSignal} early (new work),
 * {@link #stop()} ends every wait for good. {@link #sleep} ignores signals: a backoff is not shortened by work
 * arriving, only by stopping.
 */
final class Wakeup {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean signalled;
    private boolean stopped;

    void signal() {
        lock.lock();
        try {
            signalled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void stop() {
        lock.lock();
        try {
            stopped = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean stopped() {
        lock.lock();
        try {
            return stopped;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until signalled (or a signal came since the last wait), stopped, or {@code max} has passed. */
    void awaitSignal(Duration max) throws InterruptedException {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (!signalled && !stopped && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            signalled = false;
        } finally {
            lock.unlock();
        }
    }

    /** Waits {@code duration} unless stopped first; returns false when stopped. */
    boolean sleep(Duration duration) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            long nanos = duration.toNanos();
            while (!stopped && nanos > 0) {
                changed.awaitNanos(nanos);
                nanos = deadline - System.nanoTime();
            }
            return !stopped;
        } finally {
            lock.unlock();
        }
    }
}
