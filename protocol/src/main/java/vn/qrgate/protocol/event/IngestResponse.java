package vn.qrgate.protocol.event;

import java.util.List;
import java.util.UUID;

/**
 * The registry's answer per event (DESIGN §5). The gateway may delete its copy of an event listed
 * under {@code accepted} or {@code duplicates}; a rejected one needs a person to look at it.
 */
public record IngestResponse(List<UUID> accepted, List<UUID> duplicates, List<Rejection> rejected) {

    public IngestResponse {
        accepted = Messages.copy(accepted, "accepted");
        duplicates = Messages.copy(duplicates, "duplicates");
        rejected = Messages.copy(rejected, "rejected");
    }

    /** {@code reason} is the registry's explanation; like every message here it carries no personal data. */
    public record Rejection(UUID eventId, String reason) {

        public Rejection {
            if (eventId == null) {
                throw new InvalidEventException("eventId", "is required");
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidEventException("reason", "must not be blank");
            }
        }
    }
}
