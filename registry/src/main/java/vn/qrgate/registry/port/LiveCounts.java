package vn.qrgate.registry.port;

import java.time.Instant;

/**
 * Counts the live list shows beside its entries. May throw {@link StoreBusyException} or
 * {@link StoreFailureException} like {@link CheckinStore}'s methods.
 */
public interface LiveCounts {

    /** Accepted check-ins of {@code venue} scanned at or after {@code from} and before {@code to}. */
    Directions accepted(String venue, Instant from, Instant to);

    record Directions(long in, long out) {
    }
}
