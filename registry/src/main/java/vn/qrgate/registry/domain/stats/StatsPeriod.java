package vn.qrgate.registry.domain.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Local days {@code from} to {@code to}, both included: at least one day, at most {@value #MAX_DAYS}. */
public record StatsPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public StatsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        if (days(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("from " + from + " to " + to + " is " + days(from, to)
                    + " days; at most " + MAX_DAYS + " are allowed");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static StatsPeriod lastDays(LocalDate today, int days) {
        return new StatsPeriod(today.minusDays(days - 1L), today);
    }

    public long days() {
        return days(from, to);
    }

    public static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
