package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.StoreFailureException;

/** The {@code trace_audit} table (V3). Each entry is its own committed insert: auto-commit is on. */
final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "asked_at, account, role, kind, target, window_from, window_to, rows_returned";
    private static final String INSERT = "INSERT INTO trace_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String BETWEEN = "SELECT " + COLUMNS + " FROM trace_audit WHERE asked_at >= ? AND asked_at < ? "
            + "ORDER BY asked_at, id LIMIT ?";

    private final Database db;

    JdbcAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            db.dialect().setInstant(ps, 1, entry.at());
            ps.setString(2, entry.account());
            ps.setString(3, entry.role().name());
            ps.setString(4, entry.kind().name());
            ps.setString(5, entry.target());
            db.dialect().setInstant(ps, 6, entry.window().from());
            db.dialect().setInstant(ps, 7, entry.window().to());
            ps.setInt(8, entry.rows());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw db.translate("write a trace audit entry of " + entry.account(), e);
        }
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(BETWEEN)) {
            db.dialect().setInstant(ps, 1, from);
            db.dialect().setInstant(ps, 2, to);
            ps.setInt(3, limit);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(db.dialect().getInstant(rs, "asked_at"), rs.getString("account"),
                            Role.valueOf(rs.getString("role")), TraceKind.valueOf(rs.getString("kind")),
                            rs.getString("target"), new TraceWindow(db.dialect().getInstant(rs, "window_from"),
                                    db.dialect().getInstant(rs, "window_to")), rs.getInt("rows_returned")));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw db.translate("read the trace audit log", e);
        } catch (IllegalArgumentException e) {
            throw new StoreFailureException("a stored audit entry is not valid: " + e.getMessage(), null);
        }
    }
}
