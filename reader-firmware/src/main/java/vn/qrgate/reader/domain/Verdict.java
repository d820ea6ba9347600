package vn.qrgate.reader.domain;

import java.util.List;
import java.util.Objects;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.subject.Identity;

/**
 * What the gate does with one scan, and why. An accepted verdict has a subject and no reason; a
 * rejected one has a reason, no subject (DESIGN §7: nothing beyond the reason), and a detail for
 * the technician that never quotes the code.
 */
public record Verdict(Kind kind, Decision decision, Reason reason, Identity subject, List<Warning> warnings,
                      Direction direction, String detail) {

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(direction, "direction");
        warnings = List.copyOf(warnings);
        if ((decision == Decision.ACCEPTED) != (subject != null) || (decision == Decision.ACCEPTED) == (reason != null)) {
            throw new IllegalArgumentException("an accepted verdict has a subject and no reason; a rejected one the opposite");
        }
    }

    public static Verdict accepted(Kind kind, Identity subject, List<Warning> warnings, Direction direction) {
        return new Verdict(kind, Decision.ACCEPTED, null, subject, warnings, direction, "");
    }

    public static Verdict rejected(Kind kind, Reason reason, Direction direction, String detail) {
        return new Verdict(kind, Decision.REJECTED, reason, null, List.of(), direction, detail);
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }

    @Override
    public String toString() {
        return "Verdict[" + kind + " " + decision + (reason == null ? "" : " " + reason) + " " + direction
                + (warnings.isEmpty() ? "" : " " + warnings) + "]";
    }
}
