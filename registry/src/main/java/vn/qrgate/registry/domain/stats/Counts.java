package vn.qrgate.registry.domain.stats;

/** The figures given for an area: its venues, how many were scanned lately, scans and distinct people. */
public record Counts(long venues, long venuesScannedToday, long venuesScanned7d, long scans, long uniquePeople) {

    public Counts {
        if (venues < 0 || venuesScannedToday < 0 || venuesScanned7d < 0 || scans < 0 || uniquePeople < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
