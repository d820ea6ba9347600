package vn.qrgate.protocol.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes UUIDv7 event ids (RFC 9562 §5.7): 48-bit Unix milliseconds, version 7, a 12-bit counter in
 * {@code rand_a} (RFC 9562 §6.2, method 1), variant {@code 10}, 62 random bits.
 *
 * <p>Ids from one generator are strictly increasing, also when many are made in one millisecond or
 * the clock steps back (NTP correcting a Pi that booted without a real-time clock): the generator
 * then keeps the last timestamp and counts up. When the counter runs out it borrows the next
 * millisecond, as RFC 9562 allows, so under a burst the timestamp may run a few ms ahead of the clock.
 */
public final class EventIds {

    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final int COUNTER_MASK = 0xFFF;
    // A fresh millisecond starts the counter in the lower half, leaving at least 2048 increments.
    private static final int COUNTER_SEED_MASK = 0x7FF;
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_10 = 0x8000_0000_0000_0000L;
    private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final SecureRandom random;
    private long lastMillis = -1;
    private int counter;

    public EventIds(Clock clock) {
        this(clock, new SecureRandom());
    }

    public EventIds(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public synchronized UUID next() {
        long now = clock.millis();
        if (now < 0 || now > MAX_MILLIS) {
            throw new IllegalStateException("clock is outside the UUIDv7 range: " + clock.instant());
        }
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt() & COUNTER_SEED_MASK;
        } else if (counter < COUNTER_MASK) {
            counter++;
        } else {
            if (lastMillis == MAX_MILLIS) {
                throw new IllegalStateException("UUIDv7 timestamp exhausted");
            }
            lastMillis++;
            counter = random.nextInt() & COUNTER_SEED_MASK;
        }
        long msb = (lastMillis << 16) | VERSION_7 | counter;
        long lsb = VARIANT_10 | (random.nextLong() & RAND_B_MASK);
        return new UUID(msb, lsb);
    }

    public static boolean isV7(UUID id) {
        return id != null && id.version() == 7 && id.variant() == 2;
    }

    /** The creation time written into a UUIDv7, to the millisecond. */
    public static Instant timestampOf(UUID id) {
        if (!isV7(id)) {
            throw new IllegalArgumentException("not a UUID version 7: " + id);
        }
        return Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
    }
}
