package vn.qrgate.registry.adapter.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoreResult;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.CheckinStore;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.port.TraceStore;

/**
 * The check-in store on SQLite or PostgreSQL through one pool. Idempotency rests on the primary key
 * of {@code checkin.event_id} and {@code INSERT … ON CONFLICT DO NOTHING}: a second insert of an id,
 * concurrent or later, changes no row, and the row count tells the caller which happened. The
 * statistics roll-ups of the newly stored rows are added in the same transaction ({@link RollupRows}).
 */
public final class JdbcCheckinStore implements CheckinStore {

    // Earlier than any scan; both databases can hold it.
    private static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");
    private static final int DELETE_CHUNK = 5000;

    private final Database db;
    private final HikariDataSource dataSource;
    private final Dialect dialect;

    JdbcCheckinStore(Database db) {
        this.db = db;
        this.dataSource = db.dataSource();
        this.dialect = db.dialect();
    }

    /** Opens the pool and brings the schema up to date; throws StoreFailureException when it cannot. */
    public static JdbcCheckinStore open(StoreConfig config) {
        Database db = Database.open(config);
        return new JdbcCheckinStore(db);
    }

    /** Tracing's reads on the same database and pool; closed with this store. */
    public TraceStore traces() {
        return new JdbcTraceStore(db);
    }

    /** The trace audit log in the same database and pool; closed with this store. */
    public AuditLog auditLog() {
        return new JdbcAuditLog(db);
    }

    @Override
    public StoreResult insertIfAbsent(List<Event> events, String gateway, Instant receivedAt) {
        if (events.isEmpty()) {
            return new StoreResult(List.of(), List.of());
        }
        // Rows are locked in eventId order, so two batches sharing ids wait for each other instead of
        // deadlocking; the answer keeps the batch's order.
        int[] order = IntStream.range(0, events.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> events.get(i).eventId()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        boolean[] inserted = new boolean[events.size()];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(CheckinRows.INSERT_IF_ABSENT)) {
                List<Event> fresh = new ArrayList<>();
                for (int i : order) {
                    CheckinRows.bind(ps, dialect, events.get(i), gateway, receivedAt);
                    inserted[i] = ps.executeUpdate() == 1;
                    if (inserted[i]) {
                        fresh.add(events.get(i));
                    }
                }
                // Only what this transaction stored is counted: a duplicate never reaches the roll-ups.
                if (!fresh.isEmpty()) {
                    RollupRows.add(c, dialect, RollupRows.of(c, fresh));
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw translate("store a batch of " + events.size() + " events", e);
        }
        List<UUID> fresh = new ArrayList<>();
        List<UUID> present = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            (inserted[i] ? fresh : present).add(events.get(i).eventId());
        }
        return new StoreResult(fresh, present);
    }

    @Override
    public List<StoredCheckin> newestFirst(CheckinQuery query) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(CheckinRows.NEWEST_FIRST)) {
            ps.setString(1, query.venue());
            dialect.setInstant(ps, 2, query.since().orElse(BEGINNING));
            ps.setInt(3, query.limit());
            List<StoredCheckin> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(CheckinRows.read(rs, dialect));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw translate("read check-ins", e);
        } catch (IllegalArgumentException e) {
            // A row the event rules reject: the message names the field only.
            throw new StoreFailureException("a stored check-in is not a valid event: " + e.getMessage(), null);
        }
    }

    @Override
    public int deleteScannedBefore(Instant cutoff) {
        int total = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(CheckinRows.DELETE_SCANNED_BEFORE)) {
            dialect.setInstant(ps, 1, cutoff);
            ps.setInt(2, DELETE_CHUNK);
            int deleted;
            do {
                deleted = ps.executeUpdate();
                total += deleted;
            } while (deleted == DELETE_CHUNK);
            return total;
        } catch (SQLException e) {
            throw translate("delete old check-ins (" + total + " deleted before the failure)", e);
        }
    }

    @Override
    public void ping() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw translate("answer a ping", e);
        }
    }

    @Override
    public String describe() {
        return db.description();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private RuntimeException translate(String operation, SQLException e) {
        return db.translate(operation, e);
    }

    private static void rollback(Connection c) {
        Database.rollback(c);
    }
}
