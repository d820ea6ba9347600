package vn.qrgate.registry.domain.trace;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;

/**
 * Turns check-ins into presences, per person (document number) and venue, in scan order:
 * <ul>
 * <li>an IN opens a presence, which the next OUT closes;</li>
 * <li>another IN while one is open, within the dwell time of the last IN, is the same stay (a
 *     re-scan at the door); later than that, the open presence ends at last IN + dwell and a new one
 *     begins, so presences of one person at one venue never overlap;</li>
 * <li>an IN never closed lasts the dwell time after its last IN;</li>
 * <li>an OUT with nothing open is a moment at its own time, not a stretch from the window start:
 *     its IN is older than what was read, and the moment is enough to place the person there;</li>
 * <li>rejected scans carry no person and are no presence.</li>
 * </ul>
 * The result does not depend on the order of the input: scans are sorted by time, seq, device and
 * event id first.
 */
public final class Presences {

    private static final Comparator<Event> SCAN_ORDER = Comparator
            .comparing((Event e) -> e.scannedAt().toInstant())
            .thenComparingLong(Event::seq)
            .thenComparing(e -> e.device().value())
            .thenComparing(Event::eventId);

    private static final Comparator<Presence> OUTPUT_ORDER = Comparator
            .comparing((Presence p) -> p.from().toInstant())
            .thenComparing(p -> p.until().toInstant())
            .thenComparing(Presence::venue)
            .thenComparing(Presence::documentNumber);

    private Presences() {
    }

    /** Every presence the events make, ordered by start, then end, venue and document number. */
    public static List<Presence> of(Collection<Event> events, Duration dwell) {
        Objects.requireNonNull(dwell, "dwell");
        if (dwell.isNegative() || dwell.isZero()) {
            throw new IllegalArgumentException("the dwell time must be positive");
        }
        Map<String, List<Event>> byPersonAndVenue = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.decision() == Decision.ACCEPTED) {
                // A NUL cannot occur in a venue id or a document number, so the key is unambiguous.
                byPersonAndVenue.computeIfAbsent(e.subject().documentNumber() + '\0' + e.venue(), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<Presence> presences = new ArrayList<>();
        for (List<Event> scans : byPersonAndVenue.values()) {
            scans.sort(SCAN_ORDER);
            pair(scans, dwell, presences);
        }
        presences.sort(OUTPUT_ORDER);
        return presences;
    }

    private static void pair(List<Event> scans, Duration dwell, List<Presence> out) {
        Event opened = null;
        Event lastIn = null;
        for (Event scan : scans) {
            if (scan.direction() == Direction.IN) {
                if (opened != null && expiry(lastIn, dwell).isBefore(scan.scannedAt().toInstant())) {
                    out.add(dwelled(opened, lastIn, dwell));
                    opened = null;
                }
                if (opened == null) {
                    opened = scan;
                }
                lastIn = scan;
            } else if (opened != null) {
                out.add(new Presence(opened.subject(), opened.venue(), opened.scannedAt(), scan.scannedAt(), Ending.OUT));
                opened = null;
                lastIn = null;
            } else {
                out.add(new Presence(scan.subject(), scan.venue(), scan.scannedAt(), scan.scannedAt(),
                        Ending.OUT_WITHOUT_IN));
            }
        }
        if (opened != null) {
            out.add(dwelled(opened, lastIn, dwell));
        }
    }

    private static Instant expiry(Event lastIn, Duration dwell) {
        return lastIn.scannedAt().toInstant().plus(dwell);
    }

    private static Presence dwelled(Event opened, Event lastIn, Duration dwell) {
        // In the opening reader's offset, so a presence reads in one local time.
        OffsetDateTime until = expiry(lastIn, dwell).atOffset(opened.scannedAt().getOffset());
        return new Presence(opened.subject(), opened.venue(), opened.scannedAt(), until, Ending.DWELL);
    }
}
