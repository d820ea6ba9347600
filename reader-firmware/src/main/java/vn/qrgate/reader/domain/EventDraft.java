package vn.qrgate.reader.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.Identity;

/**
 * A check-in waiting for its sequence number: the outbox assigns {@code seq} in the same
 * transaction that stores it, so numbers never repeat across restarts.
 */
public record EventDraft(
        UUID eventId,
        DeviceId device,
        String venue,
        OffsetDateTime scannedAt,
        boolean clockSynced,
        Direction direction,
        Kind kind,
        Identity subject,
        Decision decision,
        Reason reason,
        ScanSource source,
        List<Warning> warnings) {

    public EventDraft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(scannedAt, "scannedAt");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(source, "source");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The event with its sequence number; throws InvalidEventException if the draft breaks the event's rules. */
    public Event withSeq(long seq) {
        return new Event(eventId, device, venue, seq, scannedAt, clockSynced, direction, kind, subject, decision,
                reason, source, warnings);
    }

    @Override
    public String toString() {
        return "EventDraft[eventId=" + eventId + ", " + kind + " " + decision + (reason == null ? "" : " " + reason) + "]";
    }
}
