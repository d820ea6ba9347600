package vn.qrgate.registry.port;

import java.time.LocalDate;

/**
 * DESIGN §7 for the statistics: an exact people sketch keeps a 64-bit hash per person, enough to test
 * whether someone known was in a ward that day. Once the day's check-ins are past retention its sketches
 * must keep only HyperLogLog registers. May throw {@link StoreBusyException} or {@link StoreFailureException}.
 */
public interface StatsRetention {

    /**
     * Makes every area-day people sketch of a day before {@code day} dense; returns how many it rewrote.
     * Idempotent: a second call with the same day rewrites nothing (unless new rows came in meanwhile).
     */
    int densifySketchesBefore(LocalDate day);
}
