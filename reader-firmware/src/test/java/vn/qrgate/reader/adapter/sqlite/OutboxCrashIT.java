package vn.qrgate.reader.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.reader.adapter.sqlite.CrashChildProcess.Open;

/**
 * Kills a scanning gate with SIGKILL, hundreds of times, and checks that every scan it had signalled
 * as "gate open" is in the outbox and that seq never repeats. One database file across all cycles,
 * so each child restarts on what its predecessor left, a hot WAL included: the checks run on a copy,
 * and only every {@value #DRAIN_EVERY}th cycle does the parent open the real file, to drain it as a
 * gateway would. Each child JVM is started while its predecessor still scans, to overlap start-up,
 * but opens the outbox only after the predecessor is dead.
 *
 * <p>{@code -Dcrash.cycles=N} for a longer run, {@code -Dcrash.seed=S} to repeat one.
 *
 * <p>A SIGKILL leaves the kernel's page cache intact, so this proves the commit protocol and
 * recovery, not fsync against power loss; that needs a power-cut rig.
 */
class OutboxCrashIT {

    private static final int DRAIN_EVERY = 10;

    @TempDir
    Path dir;

    @Test
    void every_scan_signalled_as_open_survives_sigkill_and_seq_never_repeats() throws Exception {
        int cycles = Integer.getInteger("crash.cycles", 200);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path database = dir.resolve("outbox.db");
        long started = System.nanoTime();
        List<String> command = childCommand(database);
        long lastSeq = 0;
        long confirmed = 0;
        long storedUnsignalled = 0;
        List<Integer> perCycle = new ArrayList<>();

        CrashChildProcess current = null;
        CrashChildProcess next = child(command);
        try {
            for (int cycle = 1; cycle <= cycles; cycle++) {
                String where = "cycle " + cycle + " (seed " + seed + ")";
                current = next;
                next = null;
                current.start(where);
                next = cycle < cycles ? child(command) : null;
                Thread.sleep(20 + random.nextInt(231));
                List<Open> opens = current.kill(where);

                long newLastSeq = verifyCopy(database, opens, lastSeq, where);
                storedUnsignalled += (newLastSeq - lastSeq) - opens.size();
                confirmed += opens.size();
                perCycle.add(opens.size());
                lastSeq = newLastSeq;
                if (cycle % DRAIN_EVERY == 0) {
                    drain(database, lastSeq, where);
                }
            }
        } finally {
            for (CrashChildProcess left : new CrashChildProcess[] {current, next}) {
                if (left != null) {
                    left.abandon();
                }
            }
        }

        perCycle.sort(null);
        System.out.printf("OutboxCrashIT: %d cycles, %d scans confirmed OPEN and found after SIGKILL"
                        + " (per cycle min %d / median %d / max %d), %d stored but killed before the gate signal,"
                        + " last seq %d, %.1f s, seed %d%n",
                cycles, confirmed, perCycle.get(0), perCycle.get(perCycle.size() / 2), perCycle.get(perCycle.size() - 1),
                storedUnsignalled, lastSeq, (System.nanoTime() - started) / 1e9, seed);
        assertThat(confirmed).as("scans confirmed over all cycles").isPositive();
    }

    private CrashChildProcess child(List<String> command) throws IOException {
        return new CrashChildProcess(command, dir.resolve("child-stderr.log").toFile(), this::stderr);
    }

    /** Checks a copy of the files, so the next child still finds the WAL this one left. Returns the last seq. */
    private long verifyCopy(Path database, List<Open> opens, long previousLastSeq, String where)
            throws IOException, SQLException {
        Path copy = dir.resolve("verify").resolve("outbox.db");
        Files.createDirectories(copy.getParent());
        Files.deleteIfExists(OutboxFiles.shmOf(copy));
        Files.deleteIfExists(OutboxFiles.walOf(copy));
        Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
        if (Files.exists(OutboxFiles.walOf(database))) {
            Files.copy(OutboxFiles.walOf(database), OutboxFiles.walOf(copy));
        }
        Map<Long, UUID> rows = new LinkedHashMap<>();
        long lastSeq;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA integrity_check")).as(where + ": integrity_check").isEqualTo("ok");
            lastSeq = Long.parseLong(single(statement, "SELECT value FROM meta WHERE key = 'last_seq'"));
            try (ResultSet result = statement.executeQuery(
                    "SELECT seq, event_id FROM outbox WHERE seq > " + previousLastSeq + " ORDER BY seq")) {
                while (result.next()) {
                    rows.put(result.getLong(1), UUID.fromString(result.getString(2)));
                }
            }
        }
        long previous = previousLastSeq;
        for (Open open : opens) {
            assertThat(open.seq()).as(where + ": seq after " + previous).isGreaterThan(previous);
            assertThat(rows.get(open.seq())).as(where + ": row for OPEN seq " + open.seq()).isEqualTo(open.eventId());
            previous = open.seq();
        }
        // A crash rolls the counter back with the row, so this cycle's rows are exactly the next seqs.
        assertThat(rows.keySet()).as(where + ": new seqs").containsExactlyElementsOf(
                LongStream.rangeClosed(previousLastSeq + 1, lastSeq).boxed().toList());
        // The child prints right after each append, so at most the last stored scan went unsignalled.
        assertThat(rows.size() - opens.size()).as(where + ": stored but not signalled").isBetween(0, 1);
        return lastSeq;
    }

    /** The gateway's part, in the parent: open the real file after the kill, take everything, ack, purge. */
    private void drain(Path database, long lastSeq, String where) {
        try (SqliteOutbox outbox = new SqliteOutbox(OutboxSettings.defaults(database))) {
            assertThat(outbox.status().lastSeq()).as(where + ": last seq seen by the outbox").isEqualTo(lastSeq);
            for (List<Event> batch = outbox.takeBatch(500, 1 << 20); !batch.isEmpty(); batch = outbox.takeBatch(500, 1 << 20)) {
                outbox.acknowledge(batch.stream().map(Event::eventId).toList());
            }
            outbox.purgeAcked();
            assertThat(outbox.status().backlog()).as(where + ": backlog after draining").isZero();
        }
    }

    private List<String> childCommand(Path database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(CrashChildJvm.command(dir.resolve("jvm")));
        command.addAll(List.of(OutboxCrashChild.class.getName(), database.toString()));
        return command;
    }

    private String stderr() {
        try {
            Path log = dir.resolve("child-stderr.log");
            return Files.exists(log) ? Files.readString(log) : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
