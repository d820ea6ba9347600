package vn.qrgate.registry.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.StatsRetention;

/**
 * DESIGN §7: check-ins scanned longer ago than the retention period are deleted, and the people sketches
 * of the local days before the cutoff's keep no per-person hash. The day holding the cutoff stays exact:
 * some of its check-ins are still kept, and its sketch is densified the sweep after the day is over.
 */
public final class RetentionSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final CheckinStore store;
    private final StatsRetention stats;
    private final Duration retention;
    private final Clock clock;
    private final Counter deleted;
    private final Counter densified;

    public RetentionSweeper(CheckinStore store, StatsRetention stats, Duration retention, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.stats = stats;
        this.retention = retention;
        this.clock = clock;
        this.deleted = Counter.builder("qrgate.registry.retention.deleted")
                .description("Check-ins deleted because they were older than the retention period")
                .register(meters);
        this.densified = Counter.builder("qrgate.registry.retention.sketches.densified")
                .description("Area-day people sketches made dense because their day was past the retention period")
                .register(meters);
    }

    /** Deletes what is due now; returns how many check-ins went. Failures are logged, not thrown. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(retention);
        int count = deleteCheckins(cutoff);
        densifySketches(cutoff.atZone(Defaults.LOCAL_ZONE).toLocalDate());
        return count;
    }

    private int deleteCheckins(Instant cutoff) {
        try {
            int count = store.deleteScannedBefore(cutoff);
            deleted.increment(count);
            if (count > 0) {
                LOG.info("retention: deleted {} check-ins scanned before {}", count, cutoff);
            }
            return count;
        } catch (RuntimeException e) {
            // The next sweep tries again; one failed sweep only keeps old rows a little longer.
            LOG.warn("retention: {}; the next sweep tries again", e.getMessage());
            return 0;
        }
    }

    // Independent of the deletion: a failure of one must not keep the other's personal data longer.
    private void densifySketches(LocalDate firstKeptDay) {
        try {
            int count = stats.densifySketchesBefore(firstKeptDay);
            densified.increment(count);
            if (count > 0) {
                LOG.info("retention: made {} people sketches of days before {} dense", count, firstKeptDay);
            }
        } catch (RuntimeException e) {
            LOG.warn("retention: {}; the next sweep tries again", e.getMessage());
        }
    }
}
