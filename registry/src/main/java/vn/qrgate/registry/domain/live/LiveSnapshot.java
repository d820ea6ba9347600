package vn.qrgate.registry.domain.live;

import java.util.List;
import java.util.Objects;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.domain.trace.TraceWindow;

/** What a live list opens with: the venue, the view, how many are inside today, today's newest entries. */
public record LiveSnapshot(LiveVenue venue, LiveView view, TraceWindow day, int inside, List<StoredCheckin> entries) {

    public LiveSnapshot {
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(day, "day");
        if (inside < 0) {
            throw new IllegalArgumentException("inside must be >= 0");
        }
        entries = List.copyOf(entries);
    }
}
