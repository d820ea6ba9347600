package vn.qrgate.gateway.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.event.IngestResponse;

/** How one POST of check-ins to the registry ended (DESIGN §5). */
public sealed interface RegistryReply
        permits RegistryReply.Answered, RegistryReply.Busy, RegistryReply.Refused, RegistryReply.Failed {

    /** 200 with the per-event answer. */
    record Answered(IngestResponse response) implements RegistryReply {
        public Answered {
            Objects.requireNonNull(response, "response");
        }
    }

    /** 503 or 429: come back later, after {@code retryAfter} when the registry said. */
    record Busy(int status, Optional<Duration> retryAfter) implements RegistryReply {
        public Busy {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** 401, 403 or another 4xx: a retry will not help until someone fixes the token or the config. */
    record Refused(int status, String detail) implements RegistryReply {
        public Refused {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** No answer (network, timeout) or a server error: retry with backoff. */
    record Failed(String detail) implements RegistryReply {
        public Failed {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
