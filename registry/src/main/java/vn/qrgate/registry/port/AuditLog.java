package vn.qrgate.registry.port;

import java.time.Instant;
import java.util.List;
import vn.qrgate.registry.domain.trace.AuditEntry;

/**
 * The record of every trace query (DESIGN §7: each full view is audited). Entries are only added,
 * never changed. Methods may throw {@link StoreBusyException} or {@link StoreFailureException}.
 */
public interface AuditLog {

    /** Commits the entry before returning: an answer is only sent once its audit row is stored. */
    void record(AuditEntry entry);

    /** Entries made at or after {@code from} and before {@code to}, oldest first, at most {@code limit}. */
    List<AuditEntry> between(Instant from, Instant to, int limit);
}
