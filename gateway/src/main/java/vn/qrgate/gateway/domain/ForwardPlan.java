package vn.qrgate.gateway.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.qrgate.protocol.event.IngestResponse;

/**
 * What to do with a batch the registry answered (DESIGN §6.3): delete what it {@code accepted} or has as
 * {@code duplicates}, set aside what it {@code rejected} (with its reason), keep what it did not mention.
 * Ids in the answer that were not sent are ignored: the gateway deletes only what it sent.
 */
public record ForwardPlan(List<UUID> delete, Map<UUID, String> rejected, List<UUID> unanswered) {

    public ForwardPlan {
        delete = List.copyOf(delete);
        rejected = Map.copyOf(rejected);
        unanswered = List.copyOf(unanswered);
    }

    public static ForwardPlan of(List<UUID> sent, IngestResponse answer) {
        Set<UUID> sentSet = new HashSet<>(sent);
        Set<UUID> done = new HashSet<>();
        List<UUID> delete = new ArrayList<>();
        for (UUID id : answer.accepted()) {
            if (sentSet.contains(id) && done.add(id)) {
                delete.add(id);
            }
        }
        for (UUID id : answer.duplicates()) {
            if (sentSet.contains(id) && done.add(id)) {
                delete.add(id);
            }
        }
        Map<UUID, String> rejected = new LinkedHashMap<>();
        for (IngestResponse.Rejection r : answer.rejected()) {
            if (sentSet.contains(r.eventId()) && done.add(r.eventId())) {
                rejected.put(r.eventId(), r.reason());
            }
        }
        List<UUID> unanswered = new ArrayList<>();
        for (UUID id : sent) {
            if (!done.contains(id)) {
                unanswered.add(id);
            }
        }
        return new ForwardPlan(delete, rejected, unanswered);
    }
}
