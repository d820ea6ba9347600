package vn.qrgate.bench.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.domain.stats.PeopleSketch;

/**
 * The statistics loader on a small load in a schema of its own in the test database: its COPY rows read
 * back through the registry's store as the events generated, and its roll-ups equal a full count of the
 * check-ins it wrote, as ingest's would.
 */
class StatsLoadIT {

    private static final String URL = StatsLoad.ADMIN_URL;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    private final String schema = "qrgate_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
            .toLowerCase(Locale.ROOT);
    private final StoreConfig store = StoreConfig.Postgresql.of(URL, StatsLoad.USER, Optional.empty(), Optional.of(schema));

    @AfterEach
    void drop() throws Exception {
        try (Connection c = DriverManager.getConnection(URL, StatsLoad.USER, null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void the_loaded_checkins_read_back_as_generated_and_the_roll_ups_equal_a_full_count() throws Exception {
        Map<UUID, Event> generated = new HashMap<>();
        StatsLoad.Loaded loaded = StatsLoad.load(store, Path.of("..").resolve(StatsLoad.AREAS), 10_000, 40, 3, 2_000,
                LAST_DAY, e -> generated.put(e.eventId(), e));

        assertThat(loaded.rows()).isEqualTo(10_000);
        assertThat(generated).hasSize(10_000);
        Map<String, List<Long>> venueDays = new TreeMap<>();
        Map<String, List<Long>> areaDays = new TreeMap<>();
        Map<String, Set<String>> people = new TreeMap<>();
        String count = "SELECT c.venue, v.area_code, (c.scanned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, "
                + "c.decision, c.document_type, c.document_number FROM checkin c LEFT JOIN venue v ON v.code = c.venue";
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(count)) {
            while (rs.next()) {
                boolean accepted = rs.getString("decision").equals("ACCEPTED");
                add(venueDays, rs.getString("venue") + " " + rs.getString("day"), accepted);
                String areaDay = rs.getString("area_code") + " " + rs.getString("day");
                add(areaDays, areaDay, accepted);
                people.computeIfAbsent(areaDay, k -> new HashSet<>());
                if (accepted) {
                    people.get(areaDay).add(rs.getString("document_type") + ":" + rs.getString("document_number"));
                }
            }
        }
        assertThat(rows("SELECT venue, day, scans, accepted FROM stats_venue_day")).isEqualTo(venueDays);
        assertThat(rows("SELECT area_code, day, scans, accepted FROM stats_area_day")).isEqualTo(areaDays);
        // Sketches of at most PeopleSketch.EXACT_LIMIT people must be exact; larger ones within 4 standard errors.
        int exact = 0;
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT area_code, day, people FROM stats_area_day")) {
            while (rs.next()) {
                PeopleSketch sketch = PeopleSketch.fromBytes(rs.getBytes(3));
                long truth = people.get(rs.getString(1) + " " + rs.getString(2)).size();
                if (truth <= PeopleSketch.EXACT_LIMIT) {
                    assertThat(sketch.estimate()).isEqualTo(truth);
                    exact++;
                } else {
                    assertThat(Math.abs(sketch.estimate() - truth) / (double) truth)
                            .isLessThan(4 * 1.04 / Math.sqrt(PeopleSketch.REGISTERS));
                }
            }
        }
        assertThat(exact).isPositive();

        try (JdbcStores stores = JdbcStores.open(store, Clock.systemUTC())) {
            int read = 0;
            for (String venue : generated.values().stream().map(Event::venue).distinct().toList()) {
                for (StoredCheckin stored : stores.checkins().newestFirst(new CheckinQuery(venue, Optional.empty(), 1000))) {
                    assertThat(stored.event()).isEqualTo(generated.get(stored.event().eventId()));
                    read++;
                }
            }
            assertThat(read).isGreaterThan(5_000);
        }
    }

    private Connection connect() throws Exception {
        Connection c = DriverManager.getConnection(URL, StatsLoad.USER, null);
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
        }
        return c;
    }

    private static void add(Map<String, List<Long>> counts, String key, boolean accepted) {
        List<Long> c = counts.getOrDefault(key, List.of(0L, 0L));
        counts.put(key, List.of(c.get(0) + 1, c.get(1) + (accepted ? 1 : 0)));
    }

    private Map<String, List<Long>> rows(String sql) throws Exception {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1) + " " + rs.getString(2), List.of(rs.getLong(3), rs.getLong(4)));
            }
        }
        return rows;
    }
}
