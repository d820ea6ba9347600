package vn.qrgate.registry.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.registry.port.CheckinStore;

/** DESIGN §7: check-ins scanned longer ago than the retention period are deleted. */
public final class RetentionSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final CheckinStore store;
    private final Duration retention;
    private final Clock clock;
    private final Counter deleted;

    public RetentionSweeper(CheckinStore store, Duration retention, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.retention = retention;
        this.clock = clock;
        this.deleted = Counter.builder("qrgate.registry.retention.deleted")
                .description("Check-ins deleted because they were older than the retention period")
                .register(meters);
    }

    /** Deletes what is due now; returns how many check-ins went. Failures are logged, not thrown. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(retention);
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
}
