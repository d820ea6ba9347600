package vn.qrgate.registry.domain.trace;

import java.time.Instant;
import java.util.Objects;
import vn.qrgate.registry.domain.Role;

/**
 * One trace query as the audit log keeps it: who asked (account and role, never the token), about
 * whom ({@code target}: the document number for {@link TraceKind#PERSON}, the venue id for the other
 * kinds), for which window, when, and how many presences were answered. The document
 * number is kept on purpose: the log is the record of who looked at whom. {@code toString} hides it.
 */
public record AuditEntry(Instant at, String account, Role role, TraceKind kind, String target, TraceWindow window,
        int rows) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(window, "window");
        if (target.isBlank()) {
            throw new IllegalArgumentException("an audit entry's target must not be blank");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("an audit entry's rows must be >= 0");
        }
    }

    @Override
    public String toString() {
        return "AuditEntry[" + at + ", " + account + " (" + role.configName() + "), " + kind + " "
                + (kind == TraceKind.PERSON ? "(document number hidden)" : target) + ", " + window.from() + ".."
                + window.to() + ", " + rows + " rows]";
    }
}
