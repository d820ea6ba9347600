package vn.qrgate.registry.port;

import java.time.Instant;
import java.util.List;
import vn.qrgate.protocol.event.Event;

/**
 * The check-ins tracing reads: accepted ones only (a rejected scan names nobody), scanned at or
 * after {@code from} and before {@code to}, ordered by scan time, then seq. Every method may throw
 * {@link StoreBusyException} or {@link StoreFailureException} like {@link CheckinStore}'s.
 */
public interface TraceStore {

    /** Every venue's check-ins of the person with this document number. */
    List<Event> ofDocument(String documentNumber, Instant from, Instant to);

    /** Everyone's check-ins at this venue. */
    List<Event> atVenue(String venue, Instant from, Instant to);
}
