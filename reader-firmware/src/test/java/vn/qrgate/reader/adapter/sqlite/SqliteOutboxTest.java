package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.reader.domain.AppendResult;
import vn.qrgate.reader.domain.FullPolicy;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.port.Outbox;

/** The outbox contract on a real SQLite file, plus what only the SQLite store promises. */
class SqliteOutboxTest extends OutboxContractTest {

    private static final Duration RETENTION = Duration.ofDays(30);

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger adapterLog = (Logger) LoggerFactory.getLogger(SqliteOutbox.class.getPackageName());

    @Override
    protected Outbox open(Sizing sizing) {
        return new SqliteOutbox(settings(sizing), clock, () -> freeBytes);
    }

    private OutboxSettings settings(Sizing sizing) {
        return new OutboxSettings(database(), sizing.capacity(), sizing.policy(), sizing.diskFloorBytes(),
                sizing.nearlyFullFraction(), RETENTION);
    }

    private Path database() {
        return dir.resolve("outbox.db");
    }

    private SqliteOutbox sqlite() {
        return (SqliteOutbox) outbox();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        adapterLog.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        adapterLog.detachAppender(logs);
    }

    @Test
    void the_connection_uses_wal_with_full_sync_and_a_busy_timeout() {
        SqliteOutbox box = sqlite();
        assertThat(box.pragma("journal_mode")).isEqualTo("wal");
        assertThat(box.pragma("synchronous")).isEqualTo("2");
        assertThat(Integer.parseInt(box.pragma("busy_timeout"))).isPositive();
    }

    @Test
    void delivery_bookkeeping_skips_its_own_sync_but_appends_stay_fully_synced() {
        SqliteOutbox box = sqlite();
        store(box);
        store(box);
        List<UUID> taken = box.takeStoredBatch(1, 1 << 20).stream().map(StoredEvent::eventId).toList();
        box.acknowledge(taken);
        box.requeueSentBefore(Instant.MAX);
        box.purgeAcked();

        assertThat(box.pragma("synchronous")).isEqualTo("2");
        assertThat(box.status().backlog()).isEqualTo(1);
    }

    @Test
    void scans_never_checkpoint_housekeeping_does_on_its_own_connection() {
        SqliteOutbox box = sqlite();
        assertThat(box.pragma("wal_autocheckpoint")).isEqualTo(String.valueOf(OutboxSchema.BACKSTOP_CHECKPOINT_PAGES));
        for (int i = 0; i < 20; i++) {
            store(box);
        }

        assertThat(box.checkpoint()).as("frames copied back").isPositive();
        store(box);
        assertThat(box.status().lastSeq()).isEqualTo(21);
    }

    @Test
    void the_seq_counter_and_schema_version_are_in_the_file() throws SQLException {
        Outbox box = outbox();
        store(box);
        store(box);
        box.acknowledge(ids(box.takeBatch(10, 1 << 20)));
        box.purgeAcked();
        box.close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = connection.createStatement()) {
            assertThat(query(statement, "SELECT value FROM meta WHERE key = 'last_seq'")).isEqualTo("2");
            assertThat(query(statement, "PRAGMA user_version")).isEqualTo("1");
            assertThat(query(statement, "SELECT count(*) FROM outbox")).isEqualTo("0");
        }
    }

    @Test
    void rows_keep_their_state_times_and_json_size() throws SQLException {
        Outbox box = outbox();
        Event event = store(box);
        clock.advance(Duration.ofSeconds(5));
        box.takeBatch(1, 1 << 20);
        box.close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT event_id, seq, state, created_at, sent_at, size, length(bytes) FROM outbox")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(event.eventId().toString());
            assertThat(row.getLong(2)).isEqualTo(1);
            assertThat(row.getString(3)).isEqualTo("sent");
            assertThat(row.getLong(4)).isEqualTo(START.toEpochMilli());
            assertThat(row.getLong(5)).isEqualTo(START.plusSeconds(5).toEpochMilli());
            assertThat(row.getInt(6)).isEqualTo(row.getInt(7));
        }
    }

    @Test
    void retention_deletes_old_acked_rows_and_keeps_old_unacked_ones() {
        SqliteOutbox box = sqlite();
        Event oldAcked = store(box);
        store(box);
        clock.advance(RETENTION.plusDays(1));
        Event recentAcked = store(box);
        box.acknowledge(List.of(oldAcked.eventId(), recentAcked.eventId()));

        assertThat(box.purgeOlderThanRetention(clock.instant())).isEqualTo(1);

        assertThat(box.status().backlog()).isEqualTo(1);
        assertThat(box.purgeAcked()).isEqualTo(1);
        assertThat(messages()).anySatisfy(line -> assertThat(line)
                .contains("1 unacked check-ins are older than the retention period"));
    }

    @Test
    void a_free_space_probe_that_fails_past_capacity_refuses_the_scan() {
        OutboxSettings settings = settings(new Sizing(1, FullPolicy.KEEP_UNTIL_DISK_FLOOR, 1, 0.8));
        try (SqliteOutbox box = new SqliteOutbox(settings, clock, () -> {
            throw new IOException("statvfs failed");
        })) {
            store(box);
            AppendResult result = box.append(drafts.accepted());
            assertThat(result).isInstanceOf(AppendResult.Refused.class);
            assertThat(((AppendResult.Refused) result).why()).contains("free disk space unknown");
        }
    }

    @Test
    void the_default_probe_reads_the_real_file_system() throws IOException {
        long free = FreeSpaceProbe.fileSystemOf(database()).usableBytes();
        assertThat(free).isPositive();
    }

    @Test
    void no_log_line_carries_a_name_an_id_number_or_a_phone() {
        Outbox box = outbox(new Sizing(2, FullPolicy.REFUSE_NEW_SCANS, 0, 0.5));
        store(box);
        box.append(drafts.rejected());
        box.append(drafts.accepted());
        box.takeBatch(10, 1 << 20);
        clock.advance(RETENTION.multipliedBy(2));
        ((SqliteOutbox) box).purgeOlderThanRetention(clock.instant());
        reopen().append(drafts.accepted());

        assertThat(messages()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(Drafts.DOCUMENT_NUMBER).doesNotContain(Drafts.NAME).doesNotContain(Drafts.PHONE));
        assertThat(messages()).anySatisfy(line -> assertThat(line).contains("refusing new scans"));
    }

    private List<String> messages() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static String query(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
