package vn.qrgate.registry.adapter.jdbc;

import java.time.Clock;
import java.util.Objects;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.venue.VenueCodes;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.AreaStore;
import vn.qrgate.registry.port.CardStore;
import vn.qrgate.registry.port.AuditLog;
import vn.qrgate.registry.port.Directory;
import vn.qrgate.registry.port.TraceStore;
import vn.qrgate.registry.port.VenueStore;

/**
 * Every store of a running registry on one database and one pool (one SQLite writer, one set of
 * PostgreSQL connections). The stores handed out share the pool: close this, not them.
 */
public final class JdbcStores implements AutoCloseable {

    private final Database db;
    private final Clock clock;
    private final JdbcCheckinStore checkins;
    private final JdbcCardStore cards;

    private JdbcStores(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.checkins = new JdbcCheckinStore(db);
        this.cards = new JdbcCardStore(db);
    }

    /** Opens the pool and brings the schema up to date; throws StoreFailureException when it cannot. */
    public static JdbcStores open(StoreConfig config, Clock clock) {
        return new JdbcStores(Database.open(config), Objects.requireNonNull(clock, "clock"));
    }

    public JdbcCheckinStore checkins() {
        return checkins;
    }

    public TraceStore traces() {
        return new JdbcTraceStore(db);
    }

    public AuditLog auditLog() {
        return new JdbcAuditLog(db);
    }

    public AreaStore areas() {
        return new JdbcAreaStore(db);
    }

    public VenueStore venues() {
        return new JdbcVenueStore(db, clock, VenueCodes.PROVINCE_AND_NUMBER);
    }

    /** The live list's day counts and the self check-in form's seq numbers. */
    public JdbcLiveStore live() {
        return new JdbcLiveStore(db);
    }

    public AccountStore accounts() {
        return new JdbcAccountStore(db, clock);
    }

    public Directory directory() {
        return new JdbcDirectory(db);
    }

    /** One instance, so the revocation salt is read once. */
    public CardStore cards() {
        return cards;
    }

    public JdbcStatsStore stats() {
        return new JdbcStatsStore(db);
    }

    /** A short description for logs, e.g. {@code sqlite /var/lib/qrgate/registry.db}; no password. */
    public String describe() {
        return db.description();
    }

    @Override
    public void close() {
        db.dataSource().close();
    }
}
