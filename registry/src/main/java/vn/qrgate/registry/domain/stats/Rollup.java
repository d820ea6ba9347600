package vn.qrgate.registry.domain.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;

/**
 * What a set of newly stored check-ins adds to the statistics: scans per venue and local day, and
 * scans plus the people sketch per area and local day. Both the store (per ingested batch) and the
 * bulk loader build it from events the same way, so their roll-ups agree. Keys are kept sorted: the
 * store locks roll-up rows in this order, so two batches never deadlock on them.
 */
public final class Rollup {

    public record VenueDay(String venue, LocalDate day) implements Comparable<VenueDay> {
        public VenueDay {
            Objects.requireNonNull(venue, "venue");
            Objects.requireNonNull(day, "day");
        }

        @Override
        public int compareTo(VenueDay o) {
            int c = venue.compareTo(o.venue);
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    public record AreaDay(String area, LocalDate day) implements Comparable<AreaDay> {
        public AreaDay {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(day, "day");
        }

        @Override
        public int compareTo(AreaDay o) {
            int c = area.compareTo(o.area);
            return c != 0 ? c : day.compareTo(o.day);
        }
    }

    /** Scans and accepted scans of one venue on one day. */
    public static final class Counts {
        private long scans;
        private long accepted;

        public long scans() {
            return scans;
        }

        public long accepted() {
            return accepted;
        }
    }

    /** Scans and accepted scans in one area on one day, and who the accepted ones were. */
    public static final class AreaCounts {
        private long scans;
        private long accepted;
        private final PeopleSketch people = PeopleSketch.empty();

        public long scans() {
            return scans;
        }

        public long accepted() {
            return accepted;
        }

        public PeopleSketch people() {
            return people;
        }
    }

    private final SortedMap<VenueDay, Counts> venues = new TreeMap<>();
    private final SortedMap<AreaDay, AreaCounts> areas = new TreeMap<>();

    /**
     * Counts one check-in. {@code areaOfVenue} gives the area a venue is registered in; a venue known
     * only from the config has none and counts in no area.
     */
    public void add(Event event, Function<String, Optional<String>> areaOfVenue) {
        LocalDate day = LocalDays.of(event.scannedAt().toInstant());
        boolean accepted = event.decision() == Decision.ACCEPTED;
        Counts v = venues.computeIfAbsent(new VenueDay(event.venue(), day), k -> new Counts());
        v.scans++;
        Optional<String> area = areaOfVenue.apply(event.venue());
        AreaCounts a = area.map(code -> areas.computeIfAbsent(new AreaDay(code, day), k -> new AreaCounts())).orElse(null);
        if (a != null) {
            a.scans++;
        }
        if (accepted) {
            v.accepted++;
            if (a != null) {
                a.accepted++;
                Identity subject = event.subject();
                if (subject != null) {
                    a.people.addKey(subject.documentType().name(), subject.documentNumber());
                }
            }
        }
    }

    public SortedMap<VenueDay, Counts> venueDays() {
        return Collections.unmodifiableSortedMap(venues);
    }

    public SortedMap<AreaDay, AreaCounts> areaDays() {
        return Collections.unmodifiableSortedMap(areas);
    }

    public boolean isEmpty() {
        return venues.isEmpty();
    }

    /** The venue codes counted, for looking up their areas at once. */
    public static Set<String> venuesOf(Iterable<Event> events) {
        Set<String> codes = new TreeSet<>();
        events.forEach(e -> codes.add(e.venue()));
        return codes;
    }

    @Override
    public String toString() {
        return "Rollup[" + venues.size() + " venue-days, " + areas.size() + " area-days]";
    }
}
