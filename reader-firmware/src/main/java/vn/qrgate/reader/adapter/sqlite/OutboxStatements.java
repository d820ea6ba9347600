package vn.qrgate.reader.adapter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every statement the outbox runs, prepared once at open: appends do no parsing or planning.
 * Transactions are begun and ended with explicit statements (the connection stays in auto-commit)
 * because the JDBC driver's own transaction handling starts the next transaction right after each commit.
 */
final class OutboxStatements implements AutoCloseable {

    private final List<PreparedStatement> all = new ArrayList<>();

    // BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way on an upgrade.
    final PreparedStatement begin;
    final PreparedStatement commit;
    final PreparedStatement rollback;
    final PreparedStatement readLastSeq;
    final PreparedStatement writeLastSeq;
    final PreparedStatement findById;
    final PreparedStatement insert;
    final PreparedStatement selectPending;
    final PreparedStatement selectPendingStored;
    final PreparedStatement markSent;
    final PreparedStatement acknowledge;
    final PreparedStatement requeue;
    final PreparedStatement purgeAcked;
    final PreparedStatement purgeAckedBefore;
    final PreparedStatement countUnackedBefore;
    final PreparedStatement countByState;
    final PreparedStatement oldestUnacked;
    final PreparedStatement maxSeq;
    final PreparedStatement syncNormal;
    final PreparedStatement syncFull;

    OutboxStatements(Connection connection) throws SQLException {
        try {
            begin = prepare(connection, "BEGIN IMMEDIATE");
            commit = prepare(connection, "COMMIT");
            rollback = prepare(connection, "ROLLBACK");
            readLastSeq = prepare(connection, "SELECT value FROM meta WHERE key = '" + OutboxSchema.LAST_SEQ + "'");
            writeLastSeq = prepare(connection, "UPDATE meta SET value = ? WHERE key = '" + OutboxSchema.LAST_SEQ + "'");
            findById = prepare(connection, "SELECT bytes FROM outbox WHERE event_id = ?");
            insert = prepare(connection, "INSERT INTO outbox (event_id, seq, state, created_at, sent_at, bytes, size)"
                    + " VALUES (?, ?, 'pending', ?, NULL, ?, ?)");
            selectPending = prepare(connection,
                    "SELECT seq, bytes, size FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?");
            selectPendingStored = prepare(connection,
                    "SELECT seq, bytes, size, event_id FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?");
            // The rows taken are consecutive among the pending ones, so a seq range names exactly them.
            markSent = prepare(connection, "UPDATE outbox SET state = 'sent', sent_at = ?"
                    + " WHERE state = 'pending' AND seq BETWEEN ? AND ?");
            acknowledge = prepare(connection,
                    "UPDATE outbox SET state = 'acked' WHERE event_id = ? AND state <> 'acked'");
            requeue = prepare(connection, "UPDATE outbox SET state = 'pending', sent_at = NULL"
                    + " WHERE state = 'sent' AND sent_at < ?");
            purgeAcked = prepare(connection, "DELETE FROM outbox WHERE state = 'acked'");
            purgeAckedBefore = prepare(connection, "DELETE FROM outbox WHERE state = 'acked' AND created_at < ?");
            countUnackedBefore = prepare(connection,
                    "SELECT count(*) FROM outbox WHERE state <> 'acked' AND created_at < ?");
            countByState = prepare(connection, "SELECT state, count(*) FROM outbox GROUP BY state");
            oldestUnacked = prepare(connection, "SELECT min(created_at) FROM outbox WHERE state <> 'acked'");
            maxSeq = prepare(connection, "SELECT coalesce(max(seq), 0) FROM outbox");
            syncNormal = prepare(connection, "PRAGMA synchronous = NORMAL");
            syncFull = prepare(connection, "PRAGMA synchronous = FULL");
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        all.add(statement);
        return statement;
    }

    @Override
    public void close() {
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // The connection is closed next, which frees whatever is left.
            }
        }
        all.clear();
    }
}
