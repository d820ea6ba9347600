package vn.qrgate.protocol.code;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.qrgate.protocol.subject.Subject;

/**
 * What the validator concluded about one scanned code: accepted with its holder, or rejected with a
 * stable reason. Never null, never an exception.
 */
public sealed interface CodeResult permits CodeResult.Accepted, CodeResult.Rejected {

    Kind kind();

    /** An accepted code. The subject's kind is the result's kind. */
    record Accepted(Subject subject, Set<Warning> warnings) implements CodeResult {
        public Accepted {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(warnings, "warnings");
            // Enum order, so the same warnings always print the same way.
            warnings = warnings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(warnings));
        }

        @Override
        public Kind kind() {
            return subject.kind();
        }

        public Accepted withWarning(Warning warning) {
            EnumSet<Warning> more = EnumSet.of(warning);
            more.addAll(warnings);
            return new Accepted(subject, more);
        }
    }

    /**
     * A rejected code. {@code detail} explains the rejection to a technician; it never quotes the
     * scanned text or any personal data, only field names and rules.
     */
    record Rejected(Kind kind, Reason reason, String detail) implements CodeResult {
        public Rejected {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    static Accepted accepted(Subject subject) {
        return new Accepted(subject, Set.of());
    }

    static Rejected rejected(Kind kind, Reason reason, String detail) {
        return new Rejected(kind, reason, detail);
    }
}
