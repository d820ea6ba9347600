package vn.qrgate.gateway.app;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.domain.RetentionResult;
import vn.qrgate.gateway.port.EventStore;
import vn.qrgate.gateway.port.StoreException;

/**
 * DESIGN §7: check-ins older than the retention period are deleted at the gateway too: remembered ids,
 * dead letters, and (with a warning, since the registry never got them) events still waiting.
 */
public final class RetentionJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final EventStore store;
    private final Duration retention;
    private final GatewayMetrics metrics;
    private final Clock clock;

    public RetentionJob(EventStore store, Duration retention, GatewayMetrics metrics, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            RetentionResult result = store.deleteOlderThan(clock.instant().minus(retention));
            if (result.unforwarded() > 0) {
                metrics.expired(result.unforwarded());
                LOG.warn("retention deleted {} check-ins older than {} days that the registry never took",
                        result.unforwarded(), retention.toDays());
            }
            if (result.total() > 0) {
                LOG.info("retention: deleted {} remembered ids, {} unforwarded check-ins and {} dead letters older "
                        + "than {} days", result.seen(), result.unforwarded(), result.deadLetters(), retention.toDays());
            }
        } catch (StoreException e) {
            LOG.warn("retention could not run: {}", e.getMessage());
        }
    }
}
