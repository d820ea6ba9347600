package vn.qrgate.reader.domain;

import java.util.Objects;
import vn.qrgate.protocol.event.Event;

/** What the outbox did with a draft: stored it durably, or refused it under the full policy. */
public sealed interface AppendResult permits AppendResult.Stored, AppendResult.Refused {

    /** Committed to disk (fsync'd) before this is returned. */
    record Stored(Event event) implements AppendResult {
        public Stored {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Not stored: the outbox is full and the policy refuses new scans, or the disk reached its floor. */
    record Refused(String why) implements AppendResult {
        public Refused {
            Objects.requireNonNull(why, "why");
        }
    }
}
