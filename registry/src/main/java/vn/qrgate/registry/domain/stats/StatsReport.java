package vn.qrgate.registry.domain.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.registry.domain.area.Area;

/**
 * The statistics of one area over a period: totals, one row per child area, the lowest-level areas
 * under it with no scan in the period, and scans per day (every day of the period, zeros included).
 * Unique people are HyperLogLog estimates beyond {@link PeopleSketch#EXACT_LIMIT} people.
 */
public record StatsReport(Area area, StatsPeriod period, Counts totals, List<Child> children,
        List<Unscanned> areasWithoutScans, List<Day> daily) {

    public record Child(Area area, Counts counts) {
        public Child {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(counts, "counts");
        }
    }

    /** A lowest-level area without a scan, and its parent (absent only for a one-level edition). */
    public record Unscanned(Area area, Optional<Area> parent) {
        public Unscanned {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(parent, "parent");
        }
    }

    public record Day(LocalDate date, long scans) {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    public StatsReport {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(totals, "totals");
        children = List.copyOf(children);
        areasWithoutScans = List.copyOf(areasWithoutScans);
        daily = List.copyOf(daily);
    }
}
