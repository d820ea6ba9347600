package vn.qrgate.registry.domain.trace;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import vn.qrgate.protocol.event.Event;

/**
 * The two questions a health tracer asks. Each takes the check-ins read for the window widened by
 * the dwell time on both sides ({@link TraceWindow#readFrom}, {@link TraceWindow#readTo}), rebuilds
 * the presences and keeps those touching the window.
 */
public final class Tracing {

    private Tracing() {
    }

    /** Where the person with this document number was, at any venue, during the window. */
    public static List<Presence> visits(String documentNumber, Collection<Event> events, TraceWindow window,
            Duration dwell) {
        return Presences.of(events, dwell).stream()
                .filter(p -> p.documentNumber().equals(documentNumber))
                .filter(window::touches)
                .toList();
    }

    /** Everyone present at the venue at some time during the window: the people who may have met there. */
    public static List<Presence> presentAt(String venue, Collection<Event> events, TraceWindow window, Duration dwell) {
        return Presences.of(events, dwell).stream()
                .filter(p -> p.venue().equals(venue))
                .filter(window::touches)
                .toList();
    }
}
