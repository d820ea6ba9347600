package vn.qrgate.reader.adapter.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What other threads tell the {@link DrainLoop} (new rows, sessions, acks, the broker's answers, stop),
 * and the drain's wait for it. Posting takes the lock for a moment and never waits for the drain, so the
 * scan thread's {@link #wake()} returns at once.
 */
final class DrainInbox {

    /** One refused publish: the batch and the broker's reason code. */
    record Refusal(long batch, int reasonCode) {
    }

    /** Everything posted since the last take, and whether the drain may publish. */
    record Work(boolean connected, boolean newSession, int capacity, boolean woken, List<UUID> acks,
                List<Refusal> refusals, boolean accepted) {
    }

    /** The drain's own state, asked under the inbox's lock while it decides whether to wake up. */
    interface Drain {
        /** True if it would publish now, were it connected: rows to take, room in the window, no pause. */
        boolean wantsToSend(boolean woken);

        /** Nanoseconds until it must run anyway (the ack-timeout tick, a pause ending); 0 or less: now. */
        long nanosUntilDue(boolean connected);
    }

    private final Object lock = new Object();
    private boolean stopping;
    private boolean connected;
    private long session;
    private long takenSession;
    private boolean newSession;
    private int capacity = 1;
    private boolean woken;
    private List<UUID> acks = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private boolean accepted;

    void wake() {
        synchronized (lock) {
            woken = true;
            lock.notifyAll();
        }
    }

    void sessionStarted(int batchesInFlight) {
        synchronized (lock) {
            connected = true;
            session++;
            newSession = true;
            capacity = Math.max(1, batchesInFlight);
            lock.notifyAll();
        }
    }

    void sessionEnded() {
        synchronized (lock) {
            connected = false;
            lock.notifyAll();
        }
    }

    void acked(List<UUID> eventIds) {
        synchronized (lock) {
            acks.addAll(eventIds);
            lock.notifyAll();
        }
    }

    /** Acks that could not be applied (a disk error): they are applied first next turn. */
    void ackedAgain(List<UUID> eventIds) {
        synchronized (lock) {
            acks.addAll(0, eventIds);
        }
    }

    void accepted() {
        synchronized (lock) {
            accepted = true;
            lock.notifyAll();
        }
    }

    void refused(long batch, int reasonCode) {
        synchronized (lock) {
            refusals.add(new Refusal(batch, reasonCode));
            lock.notifyAll();
        }
    }

    void stop() {
        synchronized (lock) {
            stopping = true;
            lock.notifyAll();
        }
    }

    /** True while the session the drain last took is the broker's current one and the drain is not stopping. */
    boolean mayPublish() {
        synchronized (lock) {
            return connected && !newSession && !stopping && session == takenSession;
        }
    }

    /** A publish found the link down: wait for the next session (unless a new one started meanwhile). */
    void linkDown() {
        synchronized (lock) {
            if (session == takenSession) {
                connected = false;
            }
        }
    }

    /** Waits until there is something to do, and takes it; null once stopped. */
    Work take(Drain drain) throws InterruptedException {
        synchronized (lock) {
            while (!stopping) {
                boolean wantSend = connected && !newSession && drain.wantsToSend(woken);
                long due = drain.nanosUntilDue(connected);
                if (newSession || !acks.isEmpty() || !refusals.isEmpty() || accepted || wantSend || due <= 0) {
                    Work work = new Work(connected, newSession, capacity, woken, acks, List.copyOf(refusals), accepted);
                    if (newSession) {
                        takenSession = session;
                    }
                    newSession = false;
                    woken = false;
                    acks = new ArrayList<>();
                    refusals.clear();
                    accepted = false;
                    return work;
                }
                lock.wait(Math.max(1, due / 1_000_000));
            }
            return null;
        }
    }
}
