package vn.qrgate.registry.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code limit} attempts per client key in any sliding {@code window}. Kept in memory: a
 * restart forgets it, which is fine for slowing down a form being flooded.
 */
public final class ClientRateLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();
    private Instant lastPrune;

    public ClientRateLimit(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastPrune = clock.instant();
    }

    /** Counts an attempt and returns empty, or, when the client is over its limit, how long until it may try. */
    public synchronized Optional<Duration> attempt(String client) {
        Instant now = clock.instant();
        pruneIdle(now);
        Deque<Instant> times = attempts.computeIfAbsent(client, k -> new ArrayDeque<>());
        forgetBefore(times, now.minus(window));
        if (times.size() >= limit) {
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
        }
        times.addLast(now);
        return Optional.empty();
    }

    private static void forgetBefore(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    // Clients that went quiet would otherwise stay in the map for good.
    private void pruneIdle(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(window) < 0) {
            return;
        }
        lastPrune = now;
        Instant cutoff = now.minus(window);
        for (Iterator<Deque<Instant>> it = attempts.values().iterator(); it.hasNext();) {
            Deque<Instant> times = it.next();
            forgetBefore(times, cutoff);
            if (times.isEmpty()) {
                it.remove();
            }
        }
    }
}
