package vn.qrgate.registry.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.domain.trace.Tracing;
import vn.qrgate.registry.port.TraceStore;

/**
 * A harness, not a test (no CI run: its name matches neither *Test nor *IT): loads a realistic volume
 * of check-ins into PostgreSQL and times the two trace queries, store read plus pairing, as the
 * endpoints run them. Run from registry/ after {@code mvn -o -pl registry -am test-compile}:
 * <pre>
 *   java -cp target/test-classes:target/classes:$(cat cp.txt) vn.qrgate.registry.adapter.jdbc.TraceQueryTimings [rows]
 * </pre>
 * The rows are made by the server in one INSERT … SELECT from generate_series: 500 000 visits (an IN
 * and its OUT, 10 to 190 minutes apart) by 100 000 people over 30 days at 1 000 venues, one tenth of
 * them at one busy venue ({@code v-0000}). The schema is dropped afterwards.
 */
public final class TraceQueryTimings {

    private static final String URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("QRGATE_TEST_PG_USER", "postgres");
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Duration DWELL = Duration.ofHours(2);
    private static final int RUNS = 30;

    private TraceQueryTimings() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String schema = "qrgate_bench_" + Long.toHexString(System.nanoTime()).toLowerCase(Locale.ROOT);
        try (JdbcCheckinStore store = JdbcCheckinStore.open(StoreConfig.Postgresql.of(URL, USER, Optional.empty(),
                Optional.of(schema)))) {
            long t0 = System.nanoTime();
            load(schema, rows);
            System.out.printf("loaded %,d check-ins in %.1f s (INSERT … SELECT generate_series, then ANALYZE)%n", rows,
                    (System.nanoTime() - t0) / 1e9);
            TraceStore traces = store.traces();
            String person = "000000004242";
            TraceWindow day = new TraceWindow(START.plus(Duration.ofDays(10)), START.plus(Duration.ofDays(11)));
            TraceWindow week = new TraceWindow(START.plus(Duration.ofDays(10)), START.plus(Duration.ofDays(17)));
            TraceWindow month = new TraceWindow(START, START.plus(Duration.ofDays(31)));
            time("person, 31 days", () -> Tracing.visits(person, traces.ofDocument(person, month.readFrom(DWELL),
                    month.readTo(DWELL)), month, DWELL).size());
            time("person, 1 day", () -> Tracing.visits(person, traces.ofDocument(person, day.readFrom(DWELL),
                    day.readTo(DWELL)), day, DWELL).size());
            for (String venue : List.of("v-0123", "v-0000")) {
                for (var w : List.of(day, week)) {
                    String name = "venue " + venue + ", " + Duration.between(w.from(), w.to()).toDays() + " days";
                    time(name, () -> Tracing.presentAt(venue, traces.atVenue(venue, w.readFrom(DWELL), w.readTo(DWELL)),
                            w, DWELL).size());
                }
            }
            explain(schema, "SELECT * FROM checkin WHERE document_number = '" + person + "' AND scanned_at >= '"
                    + month.readFrom(DWELL) + "' AND scanned_at < '" + month.readTo(DWELL) + "' AND decision = 'ACCEPTED' "
                    + "ORDER BY scanned_at, seq", false);
            String busyWeek = "SELECT * FROM checkin WHERE venue = 'v-0000' AND scanned_at >= '" + week.readFrom(DWELL)
                    + "' AND scanned_at < '" + week.readTo(DWELL) + "' AND decision = 'ACCEPTED' ORDER BY scanned_at, seq";
            explain(schema, busyWeek, false);
            System.out.println("  the same without checkin_scanned (dropped in a transaction rolled back after):");
            explain(schema, busyWeek, true);
        } finally {
            try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void load(String schema, int rows) throws Exception {
        // Row i is visit p = i / 2: an IN when i is even, its OUT when odd. Event ids are UUIDv7 made
        // from the scan time, as readers make them.
        String sql = """
                INSERT INTO %1$s.checkin (event_id, venue, device, seq, scanned_at, scanned_offset, clock_synced,
                    direction, kind, decision, reason, source, warnings, document_type, document_number, full_name,
                    birth_date, sex, phone, gateway, received_at)
                SELECT (lpad(to_hex((extract(epoch FROM t) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3) || '8'
                        || substr(h, 4, 15))::uuid,
                    v, 'gate-' || v, i + 1, t, 25200, true, CASE WHEN i %% 2 = 0 THEN 'IN' ELSE 'OUT' END, 'CCCD',
                    'ACCEPTED', NULL, 'serial', '', 'CCCD', lpad((p %% 100000)::text, 12, '0'), 'Người ' || (p %% 100000),
                    DATE '1990-01-01', 'MALE', NULL, 'gw-1', t
                FROM (
                    SELECT i, p, md5(i::text) AS h,
                        CASE WHEN p %% 10 = 0 THEN 'v-0000' ELSE 'v-' || lpad((p * 7919 %% 1000)::text, 4, '0') END AS v,
                        timestamptz '%2$s' + (p * (2592000.0 / %3$s)) * interval '1 second'
                            + CASE WHEN i %% 2 = 1 THEN (10 + p %% 180) * interval '1 minute' ELSE interval '0' END AS t
                    FROM (SELECT i, i / 2 AS p FROM generate_series(0::bigint, %4$s - 1) AS i) AS n
                ) AS g
                """.formatted(schema, START, rows / 2, rows);
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            s.execute(sql);
            s.execute("ANALYZE " + schema + ".checkin");
        }
    }

    private static void time(String name, Supplier<Integer> query) {
        int found = 0;
        for (int i = 0; i < 5; i++) {
            found = query.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "%-24s %6d presences   median %7.2f ms   p90 %7.2f ms   max %7.2f ms%n", name, found,
                ms.get(RUNS / 2), ms.get(RUNS * 9 / 10), ms.get(RUNS - 1));
    }

    private static void explain(String schema, String sql, boolean withoutTimeIndex) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, USER, null); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET search_path TO " + schema);
            if (withoutTimeIndex) {
                s.execute("DROP INDEX checkin_scanned");
            }
            try (ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
            c.rollback();
        }
    }
}
