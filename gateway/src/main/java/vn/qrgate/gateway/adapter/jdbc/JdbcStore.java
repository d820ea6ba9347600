package vn.qrgate.gateway.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.gateway.config.StoreSettings;
import vn.qrgate.gateway.domain.DeadLetter;
import vn.qrgate.gateway.domain.DeviceRecord;
import vn.qrgate.gateway.domain.InsertResult;
import vn.qrgate.gateway.domain.QueuedEvent;
import vn.qrgate.gateway.domain.RetentionResult;
import vn.qrgate.gateway.port.DeviceTable;
import vn.qrgate.gateway.port.EventStore;
import vn.qrgate.gateway.port.PushVersions;
import vn.qrgate.gateway.port.StoreException;
import vn.qrgate.protocol.device.DeviceStatus;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;

/**
 * The gateway's store on SQLite (one file, WAL journal, {@code synchronous=FULL}, a busy timeout) or on
 * PostgreSQL (one schema, possibly shared by several gateways). One class for both: the statements are the
 * same, the differences (column types, schema lock) are in {@link Dialect}.
 *
 * <p>Writes on SQLite are serialised in this process (SQLite has one writer anyway; waiting here is cheaper
 * than its busy loop). Every write is one transaction that starts with a write, so WAL readers never block
 * it and it never has to upgrade a read snapshot.
 */
public final class JdbcStore implements EventStore, DeviceTable, PushVersions {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);
    private static final int SCHEMA_VERSION = 1;
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private static final String INSERT_SEEN = "INSERT INTO gw_seen (event_id, device, received_at) VALUES (?, ?, ?) "
            + "ON CONFLICT (event_id) DO NOTHING";
    private static final String INSERT_QUEUE = "INSERT INTO gw_queue (event_id, device, received_at, payload) "
            + "VALUES (?, ?, ?, ?)";
    private static final String SELECT_QUEUE = "SELECT pos, received_at, payload, event_id, device FROM gw_queue "
            + "WHERE pos > ? ORDER BY pos LIMIT ?";
    private static final String DELETE_QUEUE = "DELETE FROM gw_queue WHERE event_id = ?";
    private static final String MOVE_TO_DEAD_LETTER = "INSERT INTO gw_dead_letter (event_id, device, received_at, "
            + "rejected_at, reason, payload) SELECT event_id, device, received_at, ?, ?, payload FROM gw_queue "
            + "WHERE event_id = ? ON CONFLICT (event_id) DO NOTHING";
    private static final String UPSERT_ONLINE = "INSERT INTO gw_device (device, online, last_seen, state_at, backlog, "
            + "firmware, alarms, oldest_unacked, trust_list_age, deny_list_version) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (device) DO UPDATE SET online = 1, last_seen = excluded.last_seen, "
            + "state_at = excluded.state_at, backlog = excluded.backlog, firmware = excluded.firmware, "
            + "alarms = excluded.alarms, oldest_unacked = excluded.oldest_unacked, "
            + "trust_list_age = excluded.trust_list_age, deny_list_version = excluded.deny_list_version "
            + "WHERE gw_device.state_at <= excluded.state_at";
    private static final String UPSERT_OFFLINE = "INSERT INTO gw_device (device, online, last_seen, state_at, backlog, "
            + "alarms) VALUES (?, 0, NULL, ?, 0, '') ON CONFLICT (device) DO UPDATE SET online = 0, "
            + "state_at = excluded.state_at WHERE gw_device.state_at <= excluded.state_at";
    private static final String SELECT_DEVICE = "SELECT device, online, last_seen, state_at, backlog, firmware, alarms, "
            + "oldest_unacked, trust_list_age, deny_list_version FROM gw_device";

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String shown;
    private final ReentrantLock sqliteWriter = new ReentrantLock(true);

    private JdbcStore(HikariDataSource pool, Dialect dialect, String shown) {
        this.pool = pool;
        this.dialect = dialect;
        this.shown = shown;
    }

    /** Opens (and creates or upgrades the schema of) the configured store. */
    public static JdbcStore open(StoreSettings settings) {
        if (settings instanceof StoreSettings.Sqlite sqlite) {
            return sqlite(sqlite.path());
        }
        StoreSettings.Postgresql pg = (StoreSettings.Postgresql) settings;
        return postgresql(pg.url(), pg.user(), pg.password().map(s -> s.reveal()), pg.schema());
    }

    public static JdbcStore sqlite(Path file) {
        createPrivately(file);
        HikariConfig config = baseConfig("qrgate-gateway-sqlite");
        config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        config.setDriverClassName("org.sqlite.JDBC");
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("busy_timeout", Long.toString(BUSY_TIMEOUT.toMillis()));
        config.setMaximumPoolSize(4);
        return start(config, Dialect.SQLITE, Optional.empty(), "sqlite " + file);
    }

    public static JdbcStore postgresql(String url, Optional<String> user, Optional<String> password, String schema) {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema must be a plain lower-case SQL name");
        }
        HikariConfig config = baseConfig("qrgate-gateway-pg");
        config.setJdbcUrl(url);
        config.setDriverClassName("org.postgresql.Driver");
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.addDataSourceProperty("currentSchema", schema);
        config.setMaximumPoolSize(4);
        return start(config, Dialect.POSTGRESQL, Optional.of(schema), "postgresql schema " + schema);
    }

    private static HikariConfig baseConfig(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        config.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        // Fail later (health 503, retries) rather than at start when the database is briefly away.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private static JdbcStore start(HikariConfig config, Dialect dialect, Optional<String> schema, String shown) {
        HikariDataSource pool = new HikariDataSource(config);
        JdbcStore store = new JdbcStore(pool, dialect, shown);
        try {
            store.migrate(schema);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return store;
    }

    /** The store's personal data is readable by the service user only. */
    private static void createPrivately(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException | UnsupportedOperationException alreadyOrNotPosix) {
            // An existing store keeps its mode; a non-POSIX file system has none to set.
        } catch (IOException e) {
            throw new StoreException("cannot create the store file " + file + ": " + e.getClass().getSimpleName(), e);
        }
    }

    private void migrate(Optional<String> schema) {
        write("create the schema", c -> {
            try (Statement s = c.createStatement()) {
                if (dialect.schemaLock() != null) {
                    s.execute(dialect.schemaLock());
                }
                if (schema.isPresent()) {
                    // The connections name it as their currentSchema; it may not exist yet.
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + schema.get());
                }
                s.execute("CREATE TABLE IF NOT EXISTS gw_schema (version INTEGER NOT NULL)");
                int version = 0;
                try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM gw_schema")) {
                    if (rs.next()) {
                        version = rs.getInt(1);
                    }
                }
                if (version > SCHEMA_VERSION) {
                    throw new StoreException("the store " + shown + " has schema version " + version
                            + ", newer than this gateway knows (" + SCHEMA_VERSION + "); run a newer gateway");
                }
                if (version < 1) {
                    for (String ddl : dialect.schemaV1()) {
                        s.execute(ddl);
                    }
                    s.execute("INSERT INTO gw_schema (version) VALUES (1)");
                    LOG.info("created the store schema (version {}) in {}", SCHEMA_VERSION, shown);
                }
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- events

    @Override
    public InsertResult insertIfAbsent(List<Event> events, Instant receivedAt) {
        if (events.isEmpty()) {
            return new InsertResult(List.of(), List.of());
        }
        List<byte[]> payloads = new ArrayList<>(events.size());
        for (Event event : events) {
            payloads.add(EventJson.encode(event));
        }
        long at = receivedAt.toEpochMilli();
        return write("store " + events.size() + " check-ins", c -> {
            List<UUID> inserted = new ArrayList<>();
            List<UUID> duplicates = new ArrayList<>();
            List<Integer> fresh = new ArrayList<>();
            try (PreparedStatement seen = c.prepareStatement(INSERT_SEEN)) {
                for (Event event : events) {
                    seen.setString(1, event.eventId().toString());
                    seen.setString(2, event.device().value());
                    seen.setLong(3, at);
                    seen.addBatch();
                }
                int[] counts = seen.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] < 0) {
                        throw new SQLException("the driver did not report which rows were inserted");
                    }
                    if (counts[i] > 0) {
                        inserted.add(events.get(i).eventId());
                        fresh.add(i);
                    } else {
                        duplicates.add(events.get(i).eventId());
                    }
                }
            }
            if (!fresh.isEmpty()) {
                try (PreparedStatement queue = c.prepareStatement(INSERT_QUEUE)) {
                    for (int i : fresh) {
                        queue.setString(1, events.get(i).eventId().toString());
                        queue.setString(2, events.get(i).device().value());
                        queue.setLong(3, at);
                        queue.setBytes(4, payloads.get(i));
                        queue.addBatch();
                    }
                    queue.executeBatch();
                }
            }
            return new InsertResult(inserted, duplicates);
        });
    }

    @Override
    public List<QueuedEvent> oldestUnforwarded(long afterPosition, int limit) {
        return read("read the queue", c -> {
            List<QueuedEvent> out = new ArrayList<>(Math.min(limit, 1024));
            try (PreparedStatement s = c.prepareStatement(SELECT_QUEUE)) {
                s.setLong(1, afterPosition);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QueuedEvent(rs.getLong(1), UUID.fromString(rs.getString(4)),
                                DeviceId.of(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(2)), rs.getBytes(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int delete(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return write("delete " + eventIds.size() + " forwarded check-ins", c -> {
            try (PreparedStatement s = c.prepareStatement(DELETE_QUEUE)) {
                for (UUID id : eventIds) {
                    s.setString(1, id.toString());
                    s.addBatch();
                }
                return Arrays.stream(s.executeBatch()).map(n -> Math.max(n, 0)).sum();
            }
        });
    }

    @Override
    public int deadLetter(Collection<DeadLetter> rejected) {
        if (rejected.isEmpty()) {
            return 0;
        }
        return write("set aside " + rejected.size() + " rejected check-ins", c -> {
            try (PreparedStatement move = c.prepareStatement(MOVE_TO_DEAD_LETTER);
                    PreparedStatement delete = c.prepareStatement(DELETE_QUEUE)) {
                for (DeadLetter d : rejected) {
                    move.setLong(1, d.rejectedAt().toEpochMilli());
                    move.setString(2, d.reason());
                    move.setString(3, d.eventId().toString());
                    move.addBatch();
                    delete.setString(1, d.eventId().toString());
                    delete.addBatch();
                }
                move.executeBatch();
                return Arrays.stream(delete.executeBatch()).map(n -> Math.max(n, 0)).sum();
            }
        });
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        return read("read the dead letters", c -> {
            List<DeadLetter> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT event_id, device, reason, rejected_at "
                    + "FROM gw_dead_letter ORDER BY rejected_at, event_id LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DeadLetter(UUID.fromString(rs.getString(1)), DeviceId.of(rs.getString(2)),
                                rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public long backlog() {
        return read("count the queue", c -> count(c, "SELECT COUNT(*) FROM gw_queue"));
    }

    @Override
    public boolean contains(UUID eventId) {
        return read("look up an event id", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM gw_seen WHERE event_id = ?")) {
                s.setString(1, eventId.toString());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public RetentionResult deleteOlderThan(Instant cutoff) {
        long before = cutoff.toEpochMilli();
        return write("delete check-ins older than the retention", c -> {
            long seen = update(c, "DELETE FROM gw_seen WHERE received_at < ?", before);
            long queued = update(c, "DELETE FROM gw_queue WHERE received_at < ?", before);
            long dead = update(c, "DELETE FROM gw_dead_letter WHERE rejected_at < ?", before);
            return new RetentionResult(seen, queued, dead);
        });
    }

    @Override
    public void check() {
        read("reach the store", c -> {
            if (!c.isValid(2)) {
                throw new SQLException("connection is not valid");
            }
            return null;
        });
    }

    // ---------------------------------------------------------------- devices

    @Override
    public void recordStatus(DeviceId device, DeviceStatus status, Instant at) {
        write("record the status of device " + device, c -> {
            if (status.online()) {
                try (PreparedStatement s = c.prepareStatement(UPSERT_ONLINE)) {
                    s.setString(1, device.value());
                    s.setLong(2, at.toEpochMilli());
                    s.setLong(3, at.toEpochMilli());
                    s.setLong(4, status.backlog());
                    setText(s, 5, status.firmware());
                    s.setString(6, String.join(",", status.alarms()));
                    setText(s, 7, status.oldestUnacked().map(OffsetDateTime::toString));
                    setLong(s, 8, status.trustListAge().map(Duration::toSeconds));
                    setLong(s, 9, status.denyListVersion());
                    s.executeUpdate();
                }
            } else {
                try (PreparedStatement s = c.prepareStatement(UPSERT_OFFLINE)) {
                    s.setString(1, device.value());
                    s.setLong(2, at.toEpochMilli());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<DeviceRecord> device(DeviceId device) {
        return read("read device " + device, c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT_DEVICE + " WHERE device = ?")) {
                s.setString(1, device.value());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(deviceRow(rs)) : Optional.<DeviceRecord>empty();
                }
            }
        });
    }

    @Override
    public List<DeviceRecord> devices() {
        return read("read the device table", c -> {
            List<DeviceRecord> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(SELECT_DEVICE + " ORDER BY device");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(deviceRow(rs));
                }
            }
            return out;
        });
    }

    @Override
    public long countOnline(Instant seenSince) {
        return read("count online devices", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM gw_device WHERE online = 1 AND last_seen >= ?")) {
                s.setLong(1, seenSince.toEpochMilli());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static DeviceRecord deviceRow(ResultSet rs) throws SQLException {
        DeviceId id = DeviceId.of(rs.getString(1));
        boolean online = rs.getInt(2) == 1;
        long lastSeen = rs.getLong(3);
        Optional<Instant> seen = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastSeen));
        Instant stateAt = Instant.ofEpochMilli(rs.getLong(4));
        long backlog = rs.getLong(5);
        Optional<String> firmware = Optional.ofNullable(rs.getString(6));
        String alarms = rs.getString(7);
        Optional<OffsetDateTime> oldest = Optional.ofNullable(rs.getString(8)).map(OffsetDateTime::parse);
        long age = rs.getLong(9);
        Optional<Duration> trustAge = rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(age));
        long deny = rs.getLong(10);
        Optional<Long> denyVersion = rs.wasNull() ? Optional.empty() : Optional.of(deny);
        return new DeviceRecord(id, online, seen, stateAt, backlog, firmware,
                alarms == null || alarms.isEmpty() ? List.of() : List.of(alarms.split(",")), oldest, trustAge,
                denyVersion);
    }

    // ---------------------------------------------------------------- push versions

    @Override
    public long version(String name, String digest) {
        return write("keep the version of " + name, c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO gw_push_version (name, version, digest) "
                    + "VALUES (?, 1, ?) ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, digest);
                if (insert.executeUpdate() > 0) {
                    return 1L;
                }
            }
            try (PreparedStatement bump = c.prepareStatement("UPDATE gw_push_version SET version = version + 1, "
                    + "digest = ? WHERE name = ? AND digest <> ?")) {
                bump.setString(1, digest);
                bump.setString(2, name);
                bump.setString(3, digest);
                bump.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT version FROM gw_push_version WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Set<String> names() {
        return read("read the push versions", c -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM gw_push_version ORDER BY name");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- plumbing

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return shown;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T write(String what, Work<T> work) {
        boolean serialise = dialect == Dialect.SQLITE;
        if (serialise) {
            sqliteWriter.lock();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            if (serialise) {
                sqliteWriter.unlock();
            }
        }
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("could not " + what + " in " + shown + ": " + e.getClass().getSimpleName()
                + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")") + " " + firstLine(e), e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the pool discards it.
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long update(Connection c, String sql, long value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, value);
            return s.executeUpdate();
        }
    }

    private static void setText(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static void setLong(PreparedStatement s, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get());
        } else {
            s.setNull(index, Types.BIGINT);
        }
    }
}
