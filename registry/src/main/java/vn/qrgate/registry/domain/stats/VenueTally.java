package vn.qrgate.registry.domain.stats;

import java.util.Objects;

/** The venues registered under one branch of the reported area, and how many of them had scans recently. */
public record VenueTally(String branch, long venues, long scannedToday, long scannedLast7Days) {

    public VenueTally {
        Objects.requireNonNull(branch, "branch");
        if (venues < 0 || scannedToday < 0 || scannedLast7Days < 0 || scannedToday > scannedLast7Days
                || scannedLast7Days > venues) {
            throw new IllegalArgumentException("venue tally of " + branch + " is inconsistent: " + venues + " venues, "
                    + scannedToday + " scanned today, " + scannedLast7Days + " in 7 days");
        }
    }
}
