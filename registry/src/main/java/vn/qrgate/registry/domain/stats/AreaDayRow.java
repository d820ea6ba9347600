package vn.qrgate.registry.domain.stats;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One roll-up row read for a report: the scans and people of {@code area} on {@code day}, and
 * {@code branch}, the child of the reported area it lies under (the reported area itself for a
 * venue registered directly at its level).
 */
public record AreaDayRow(String branch, String area, LocalDate day, long scans, PeopleSketch people) {

    public AreaDayRow {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(people, "people");
        if (scans < 0) {
            throw new IllegalArgumentException("scans must not be negative, not " + scans);
        }
    }
}
