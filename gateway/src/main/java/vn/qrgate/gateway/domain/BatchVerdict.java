package vn.qrgate.gateway.domain;

import java.util.Objects;
import vn.qrgate.protocol.event.CheckinBatch;

/** What the gateway does with one check-in message: store and ack it, or refuse it (no ack). */
public sealed interface BatchVerdict permits BatchVerdict.Accept, BatchVerdict.Refuse {

    record Accept(CheckinBatch batch) implements BatchVerdict {
        public Accept {
            Objects.requireNonNull(batch, "batch");
        }
    }

    /**
     * {@code events}: how many events the refusal covers (1 for a message that could not be read);
     * {@code detail}: for the log, naming device, path and rule, never personal data.
     */
    record Refuse(RefusalReason reason, int events, String detail) implements BatchVerdict {
        public Refuse {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            if (events < 1) {
                throw new IllegalArgumentException("a refusal covers at least one event");
            }
        }
    }
}
