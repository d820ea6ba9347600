package vn.qrgate.reader.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.subject.Identity;

/**
 * Remembers who passed in each direction recently, so a card held to the reader twice is counted
 * once. Boarding then alighting is not a duplicate: the key includes the direction. Memory is
 * bounded: entries older than the window are dropped, and at most {@code maxEntries} are kept.
 * Not thread-safe, except {@link #resize}: the agent decides one scan at a time, while the gateway may
 * change the window from another thread.
 */
public final class DuplicateWindow {

    public static final int DEFAULT_MAX_ENTRIES = 50_000;

    private volatile Duration window;
    private final int maxEntries;
    // Insertion order = time order, so expired entries are always at the head.
    private final LinkedHashMap<String, Instant> lastSeen = new LinkedHashMap<>();

    public DuplicateWindow(Duration window, int maxEntries) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("duplicate window must be >= 0, was " + window);
        }
        if (maxEntries < 1) {
            throw new IllegalArgumentException("duplicate window maxEntries must be >= 1, was " + maxEntries);
        }
        this.window = window;
        this.maxEntries = maxEntries;
    }

    public static DuplicateWindow disabled() {
        return new DuplicateWindow(Duration.ZERO, 1);
    }

    /** True if this person passed in this direction less than the window ago; otherwise records the pass. */
    public boolean seenRecently(Identity who, Direction direction, Instant now) {
        Duration window = this.window;
        if (window.isZero()) {
            return false;
        }
        expire(now, window);
        String key = who.documentType().name() + ':' + who.documentNumber() + ':' + direction.name();
        Instant before = lastSeen.get(key);
        if (before != null && Duration.between(before, now).compareTo(window) < 0) {
            return true;
        }
        lastSeen.remove(key);
        lastSeen.put(key, now);
        if (lastSeen.size() > maxEntries) {
            Iterator<Map.Entry<String, Instant>> oldest = lastSeen.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return false;
    }

    public int size() {
        return lastSeen.size();
    }

    public Duration window() {
        return window;
    }

    /**
     * A new window from the next scan on (pushed by the gateway). Safe to call from any thread. Entries
     * already remembered are judged by the new window; {@code 0s} turns suppression off.
     */
    public void resize(Duration newWindow) {
        if (newWindow.isNegative()) {
            throw new IllegalArgumentException("duplicate window must be >= 0, was " + newWindow);
        }
        this.window = newWindow;
    }

    private void expire(Instant now, Duration window) {
        Iterator<Map.Entry<String, Instant>> it = lastSeen.entrySet().iterator();
        while (it.hasNext()) {
            if (Duration.between(it.next().getValue(), now).compareTo(window) >= 0) {
                it.remove();
            } else {
                break;
            }
        }
    }
}
