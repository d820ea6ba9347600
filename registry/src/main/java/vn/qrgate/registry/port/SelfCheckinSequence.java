package vn.qrgate.registry.port;

/**
 * The seq numbers of a venue's self check-in form, which stands in for a reader: 1, 2, 3, … per venue,
 * never given out twice. May throw {@link StoreBusyException} or {@link StoreFailureException}.
 */
public interface SelfCheckinSequence {

    long next(String venue);
}
