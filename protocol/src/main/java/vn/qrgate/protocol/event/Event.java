package vn.qrgate.protocol.event;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.subject.Identity;

/**
 * One scan at a gate, as it travels from the reader through the gateway to the registry (contract:
 * DESIGN §4). {@code eventId} is the idempotency key of the whole chain.
 *
 * <p>A rejected scan carries no subject (DESIGN §7: nothing beyond the reason), an accepted one
 * carries no reason. Validation messages name fields and rules only, so they can be logged.
 */
public record Event(
        UUID eventId,
        DeviceId device,
        String venue,
        long seq,
        OffsetDateTime scannedAt,
        boolean clockSynced,
        Direction direction,
        Kind kind,
        Identity subject,
        Decision decision,
        Reason reason,
        ScanSource source,
        List<Warning> warnings) {

    public static final int MAX_VENUE_LENGTH = 64;

    public Event {
        require(eventId, "eventId");
        if (!EventIds.isV7(eventId)) {
            // An event id is not personal data, and seeing it helps find the device that made it.
            throw new InvalidEventException("eventId", "must be a UUID version 7 (RFC 9562 variant), was " + eventId);
        }
        require(device, "device");
        require(venue, "venue");
        checkVenue(venue);
        if (seq < 1) {
            throw new InvalidEventException("seq", "must be >= 1, was " + seq);
        }
        require(scannedAt, "scannedAt");
        require(direction, "direction");
        require(kind, "kind");
        require(decision, "decision");
        require(source, "source");
        if (decision == Decision.ACCEPTED) {
            if (subject == null) {
                throw new InvalidEventException("subject", "is required when decision is ACCEPTED");
            }
            if (reason != null) {
                throw new InvalidEventException("reason", "must be absent when decision is ACCEPTED");
            }
            // UNKNOWN means the code could not be classified, so nothing could have been accepted.
            if (kind == Kind.UNKNOWN) {
                throw new InvalidEventException("kind", "must not be UNKNOWN when decision is ACCEPTED");
            }
            // Every code carries a birth date; only the self check-in form does not ask for one.
            if (subject.birthDate() == null && kind != Kind.SELF_DECLARED) {
                throw new InvalidEventException("subject.birthDate", "is required unless kind is SELF_DECLARED");
            }
        } else {
            if (subject != null) {
                throw new InvalidEventException("subject", "must be absent when decision is REJECTED");
            }
            if (reason == null) {
                throw new InvalidEventException("reason", "is required when decision is REJECTED");
            }
        }
        warnings = normalise(warnings);
    }

    public static Event accepted(UUID eventId, DeviceId device, String venue, long seq,
            OffsetDateTime scannedAt, boolean clockSynced, Direction direction, Kind kind,
            Identity subject, ScanSource source, List<Warning> warnings) {
        return new Event(eventId, device, venue, seq, scannedAt, clockSynced, direction, kind,
                subject, Decision.ACCEPTED, null, source, warnings);
    }

    public static Event rejected(UUID eventId, DeviceId device, String venue, long seq,
            OffsetDateTime scannedAt, boolean clockSynced, Direction direction, Kind kind,
            Reason reason, ScanSource source) {
        return new Event(eventId, device, venue, seq, scannedAt, clockSynced, direction, kind,
                null, Decision.REJECTED, reason, source, List.of());
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }

    /**
     * Leaves the subject out: the generated form would print the name and document number into any
     * log line that mentions an event (DESIGN §7).
     */
    @Override
    public String toString() {
        return "Event[eventId=" + eventId + ", device=" + device + ", venue=" + venue + ", seq=" + seq
                + ", scannedAt=" + scannedAt + ", clockSynced=" + clockSynced + ", direction=" + direction
                + ", kind=" + kind + ", subject=" + (subject == null ? "none" : subject.documentType() + " (hidden)")
                + ", decision=" + decision + ", reason=" + reason + ", source=" + source.wireName()
                + ", warnings=" + warnings + "]";
    }

    /** The rule for {@code venue}, shared with the JSON codec so both say the same thing. */
    public static String venueRule() {
        return "must be 1.." + MAX_VENUE_LENGTH + " characters, not blank, without control characters";
    }

    private static void checkVenue(String venue) {
        int length = venue.codePointCount(0, venue.length());
        boolean control = venue.codePoints().anyMatch(Character::isISOControl);
        if (venue.isBlank() || length > MAX_VENUE_LENGTH || control) {
            throw new InvalidEventException("venue", venueRule());
        }
    }

    // Enum order and no repeats, so equal sets of warnings compare and encode the same way
    // (as CodeResult.Accepted does). Null is taken as none: the field is an additive one.
    private static List<Warning> normalise(List<Warning> warnings) {
        if (warnings == null || warnings.isEmpty()) {
            return List.of();
        }
        EnumSet<Warning> set = EnumSet.noneOf(Warning.class);
        for (Warning warning : warnings) {
            if (warning == null) {
                throw new InvalidEventException("warnings", "must not contain null");
            }
            set.add(warning);
        }
        return List.copyOf(set);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidEventException(field, "is required");
        }
    }
}
