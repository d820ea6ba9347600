package vn.qrgate.protocol.event;

import java.util.List;

/**
 * The body of {@code POST /api/v1/checkins} from a gateway to the registry (DESIGN §5). Events may come
 * from many devices. An empty list is allowed: the registry simply answers with empty lists.
 */
public record IngestRequest(List<Event> events) {

    public IngestRequest {
        events = Messages.copy(events, "events");
    }
}
