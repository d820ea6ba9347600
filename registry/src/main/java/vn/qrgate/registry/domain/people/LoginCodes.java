package vn.qrgate.registry.domain.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import vn.qrgate.registry.domain.TokenDigest;

/**
 * One-time login codes: six digits, kept only as a digest, void after their lifetime or their wrong
 * tries, sent to a phone at most once per gap and a few times an hour. Every phone is counted alike,
 * known or not, so the answers do not tell which numbers have accounts.
 *
 * <p>Held in memory: a code lives minutes, and after a restart a person simply asks for a new one.
 * Registries behind a load balancer need sticky login requests or a shared store here.
 */
public final class LoginCodes {

    public static final int DIGITS = 6;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final LoginLimits limits;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<PhoneNumber, PhoneState> phones = new HashMap<>();
    private Instant lastPrune = Instant.MIN;

    /** {@code random} must be a cryptographic generator (a {@code SecureRandom}) outside tests. */
    public LoginCodes(LoginLimits limits, Clock clock, RandomGenerator random) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new code for {@code phone}, replacing any earlier one, or how long until one may be sent. */
    public synchronized CodeRequest request(PhoneNumber phone) {
        Objects.requireNonNull(phone, "phone");
        Instant now = clock.instant();
        prune(now);
        PhoneState state = phones.computeIfAbsent(phone, p -> new PhoneState());
        state.forgetSendsBefore(now.minus(WINDOW));
        if (!state.sends.isEmpty()) {
            Instant nextByGap = state.sends.peekLast().plus(limits.minGapBetweenSends());
            Instant nextByHour = state.sends.size() >= limits.sendsPerHour()
                    ? state.sends.peekFirst().plus(WINDOW) : Instant.MIN;
            Instant next = nextByGap.isAfter(nextByHour) ? nextByGap : nextByHour;
            if (next.isAfter(now)) {
                return new CodeRequest.Limited(roundUpToSeconds(Duration.between(now, next)));
            }
        }
        String code = String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
        state.sends.addLast(now);
        state.pending = new Pending(TokenDigest.ofPresented(code), now.plus(limits.codeLifetime()));
        return new CodeRequest.Issued(code, state.pending.expiresAt);
    }

    /** Checks {@code presented} against the phone's code; the right code is used up by this. */
    public synchronized CodeCheck check(PhoneNumber phone, String presented) {
        Objects.requireNonNull(phone, "phone");
        Instant now = clock.instant();
        PhoneState state = phones.get(phone);
        Pending pending = state == null ? null : state.pending;
        if (pending == null) {
            return new CodeCheck.NoCode();
        }
        if (pending.wrongTries >= limits.wrongTriesPerCode()) {
            return new CodeCheck.TooManyTries();
        }
        if (!now.isBefore(pending.expiresAt)) {
            state.pending = null;
            return new CodeCheck.Expired();
        }
        if (presented != null && pending.digest.sameAs(TokenDigest.ofPresented(presented))) {
            state.pending = null;
            return new CodeCheck.Accepted();
        }
        pending.wrongTries++;
        return new CodeCheck.Wrong(limits.wrongTriesPerCode() - pending.wrongTries);
    }

    /** Phones with nothing left to remember are dropped, so the map holds about an hour of requests. */
    private void prune(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0 && lastPrune != Instant.MIN) {
            return;
        }
        lastPrune = now;
        for (Iterator<PhoneState> it = phones.values().iterator(); it.hasNext(); ) {
            PhoneState state = it.next();
            state.forgetSendsBefore(now.minus(WINDOW));
            if (state.pending != null && !now.isBefore(state.pending.expiresAt)) {
                state.pending = null;
            }
            if (state.sends.isEmpty() && state.pending == null) {
                it.remove();
            }
        }
    }

    private static Duration roundUpToSeconds(Duration d) {
        long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    private static final class PhoneState {
        private final Deque<Instant> sends = new ArrayDeque<>();
        private Pending pending;

        void forgetSendsBefore(Instant cutoff) {
            while (!sends.isEmpty() && !sends.peekFirst().isAfter(cutoff)) {
                sends.removeFirst();
            }
        }
    }

    private static final class Pending {
        private final TokenDigest digest;
        private final Instant expiresAt;
        private int wrongTries;

        Pending(TokenDigest digest, Instant expiresAt) {
            this.digest = digest;
            this.expiresAt = expiresAt;
        }
    }
}
