package vn.qrgate.registry.domain.live;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.qrgate.registry.domain.trace.TraceWindow;

/** The local calendar day a live list covers: from its midnight to the next, in the venues' zone. */
public final class LiveDay {

    private LiveDay() {
    }

    public static TraceWindow containing(Instant now, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(now, zone);
        return new TraceWindow(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** People inside: entries minus exits, never below zero (an exit whose entry was yesterday). */
    public static int inside(long ins, long outs) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, ins - outs));
    }
}
