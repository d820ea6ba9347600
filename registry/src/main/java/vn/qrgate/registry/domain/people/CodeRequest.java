package vn.qrgate.registry.domain.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The answer to "send me a code": a fresh code to deliver, or not yet. */
public sealed interface CodeRequest permits CodeRequest.Issued, CodeRequest.Limited {

    /** {@code code} is the only copy of the plain code: it goes into the SMS and nowhere else. */
    record Issued(String code, Instant expiresAt) implements CodeRequest {
        public Issued {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "Issued[code hidden, expiresAt=" + expiresAt + "]";
        }
    }

    /** Too many sends to this phone lately; the next one is allowed after {@code retryAfter}. */
    record Limited(Duration retryAfter) implements CodeRequest {
        public Limited {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }
}
