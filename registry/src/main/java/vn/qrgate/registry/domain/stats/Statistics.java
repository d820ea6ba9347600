package vn.qrgate.registry.domain.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.qrgate.registry.domain.area.Area;

/** Builds a {@link StatsReport} from the roll-up rows and venue tallies of an area's subtree. */
public final class Statistics {

    private Statistics() {
    }

    /**
     * @param children the area's children, by code
     * @param lowest the lowest-level areas under it ({@code AreaStore.lowestLevelUnder})
     * @param parents the areas the lowest-level ones hang from, by code
     * @param rows every area-day roll-up of the subtree within the period
     * @param tallies the venue tallies of the subtree, per branch
     */
    public static StatsReport report(Area area, StatsPeriod period, List<Area> children, List<Area> lowest,
            Map<String, Area> parents, List<AreaDayRow> rows, List<VenueTally> tallies) {
        Map<String, Sum> byBranch = new HashMap<>();
        Sum total = new Sum();
        Map<LocalDate, Long> daily = new TreeMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            daily.put(d, 0L);
        }
        Set<String> scanned = new HashSet<>();
        for (AreaDayRow row : rows) {
            if (row.day().isBefore(period.from()) || row.day().isAfter(period.to())) {
                throw new IllegalArgumentException("roll-up row of " + row.day() + " is outside " + period);
            }
            total.add(row);
            byBranch.computeIfAbsent(row.branch(), b -> new Sum()).add(row);
            daily.merge(row.day(), row.scans(), Long::sum);
            if (row.scans() > 0) {
                scanned.add(row.area());
            }
        }
        for (VenueTally tally : tallies) {
            total.add(tally);
            byBranch.computeIfAbsent(tally.branch(), b -> new Sum()).add(tally);
        }
        List<StatsReport.Child> childRows = new ArrayList<>();
        for (Area child : children) {
            childRows.add(new StatsReport.Child(child, byBranch.getOrDefault(child.code(), new Sum()).counts()));
        }
        List<StatsReport.Unscanned> unscanned = new ArrayList<>();
        for (Area a : lowest) {
            if (!scanned.contains(a.code())) {
                unscanned.add(new StatsReport.Unscanned(a, a.parentCode().map(parents::get)));
            }
        }
        List<StatsReport.Day> days = daily.entrySet().stream()
                .map(e -> new StatsReport.Day(e.getKey(), e.getValue())).toList();
        return new StatsReport(area, period, total.counts(), childRows, unscanned, days);
    }

    private static final class Sum {
        private long venues;
        private long today;
        private long week;
        private long scans;
        private final PeopleSketch people = PeopleSketch.empty();

        void add(AreaDayRow row) {
            scans += row.scans();
            people.merge(row.people());
        }

        void add(VenueTally tally) {
            venues += tally.venues();
            today += tally.scannedToday();
            week += tally.scannedLast7Days();
        }

        Counts counts() {
            return new Counts(venues, today, week, scans, people.estimate());
        }
    }

    /** The parents to look up for {@code lowest}: those not among {@code known}. */
    public static Set<String> missingParents(List<Area> lowest, Map<String, Area> known) {
        Set<String> missing = new HashSet<>();
        for (Area a : lowest) {
            a.parentCode().filter(p -> !known.containsKey(p)).ifPresent(missing::add);
        }
        return missing;
    }
}
