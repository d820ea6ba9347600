package vn.qrgate.registry.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.event.IngestResponse.Rejection;

/**
 * How one POSTed batch is handled (DESIGN §5): events for venues the registry does not know are
 * rejected with a stable code and not stored; the rest go to the store, which keeps each eventId once.
 */
public final class IngestPlan {

    /** Rejection reasons the registry gives; stable codes, like the reader's. */
    public static final String UNKNOWN_VENUE = "UNKNOWN_VENUE";

    private final List<Event> toStore;
    private final List<Rejection> rejected;

    private IngestPlan(List<Event> toStore, List<Rejection> rejected) {
        this.toStore = List.copyOf(toStore);
        this.rejected = List.copyOf(rejected);
    }

    public static IngestPlan of(List<Event> events, Predicate<String> knownVenue) {
        List<Event> toStore = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Event event : events) {
            if (knownVenue.test(event.venue())) {
                toStore.add(event);
            } else {
                rejected.add(new Rejection(event.eventId(), UNKNOWN_VENUE));
            }
        }
        return new IngestPlan(toStore, rejected);
    }

    public List<Event> toStore() {
        return toStore;
    }

    public List<Rejection> rejected() {
        return rejected;
    }

    public IngestResponse respond(StoreResult stored) {
        return new IngestResponse(stored.inserted(), stored.alreadyPresent(), rejected);
    }
}
