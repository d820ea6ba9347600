package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.stats.AreaDayRow;
import vn.qrgate.registry.domain.stats.LocalDays;
import vn.qrgate.registry.domain.stats.PeopleSketch;
import vn.qrgate.registry.domain.stats.StatsPeriod;
import vn.qrgate.registry.domain.stats.VenueTally;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.TracePeople;

/**
 * The statistics roll-ups against a full count of the {@code checkin} table, for a generated load with
 * re-sent batches, duplicates within a batch, scans around local midnight and a config-only venue;
 * run on SQLite and PostgreSQL.
 */
abstract class StatsRollupContract {

    // Wards 20227 and 20236 are in district 492 (Hải Châu), ward 20284 in district 494.
    private static final List<String> WARDS = List.of("20227", "20236", "20284");
    private static final String CONFIG_ONLY_VENUE = "v-config-only";
    private static final ZoneOffset UTC = ZoneOffset.UTC;
    // 23:30 in Vietnam on the 19th: scans in the next hour fall on two local days.
    private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 19, 16, 30, 0, 0, UTC);

    protected JdbcStores stores;
    private final List<String> venues = new ArrayList<>();
    private final Map<String, String> areaOfVenue = new HashMap<>();

    protected abstract StoreConfig config() throws Exception;

    /** A plain connection to the same database, for counting rows the way no store does. */
    protected abstract Connection connect() throws Exception;

    /** The scan time of a row of {@code checkin} as this database stores it. */
    protected abstract Instant scannedAt(ResultSet rs) throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        stores = JdbcStores.open(config(), Clock.systemUTC());
        stores.areas().replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        for (int i = 0; i < 6; i++) {
            String ward = WARDS.get(i % WARDS.size());
            String code = stores.venues().register(new VenueRegistration("Quán số " + i, VenueType.RESTAURANT,
                    i + " Lê Duẩn", ward)).code().value();
            venues.add(code);
            areaOfVenue.put(code, ward);
        }
        venues.add(CONFIG_ONLY_VENUE);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
        dropStore();
    }

    private List<Event> load(long seed, int batches) {
        Random random = new Random(seed);
        TracePeople gate = new TracePeople("gate-01");
        List<List<Event>> sent = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<Event> batch = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(40); i < n; i++) {
                String venue = venues.get(random.nextInt(venues.size()));
                OffsetDateTime at = START.plusMinutes(random.nextInt(60 * 30));
                if (random.nextInt(10) == 0) {
                    batch.add(gate.rejectedIn(venue, at));
                } else {
                    Identity who = TracePeople.person(String.format("0480%08d", random.nextInt(100)), "Người Thử", null);
                    batch.add(gate.in(who, venue, at));
                }
            }
            if (random.nextInt(5) == 0) {
                batch.add(batch.get(random.nextInt(batch.size())));
            }
            if (!sent.isEmpty() && random.nextInt(4) == 0) {
                // A re-sent earlier batch, with new events mixed in: only the new ones may count.
                batch.addAll(sent.get(random.nextInt(sent.size())));
            }
            sent.add(batch);
            stores.checkins().insertIfAbsent(batch, "gw-1", Instant.now());
        }
        return sent.stream().flatMap(List::stream).toList();
    }

    // At most 100 people: every area-day sketch is still exact (PeopleSketch.EXACT_LIMIT), so it must equal the count.
    @Test
    void the_roll_ups_equal_a_full_count_of_the_stored_checkins_whatever_was_sent_twice() throws Exception {
        List<Event> sent = load(42, 60);
        sent.forEach(e -> stores.checkins().insertIfAbsent(List.of(e), "gw-2", Instant.now()));

        Map<String, List<Long>> venueDays = new TreeMap<>();
        Map<String, List<Long>> areaDays = new TreeMap<>();
        Map<String, Set<String>> people = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT venue, scanned_at, decision, document_type, document_number FROM checkin")) {
            while (rs.next()) {
                LocalDate day = LocalDays.of(scannedAt(rs));
                boolean accepted = rs.getString("decision").equals("ACCEPTED");
                String venue = rs.getString("venue");
                count(venueDays, venue + " " + day, accepted);
                String area = areaOfVenue.get(venue);
                if (area != null) {
                    count(areaDays, area + " " + day, accepted);
                    if (accepted) {
                        people.computeIfAbsent(area + " " + day, k -> new HashSet<>())
                                .add(rs.getString("document_type") + ":" + rs.getString("document_number"));
                    }
                }
            }
        }
        assertThat(sent.stream().map(Event::eventId).distinct().count())
                .isEqualTo(venueDays.values().stream().mapToLong(v -> v.get(0)).sum());
        assertThat(venueDays.keySet()).anyMatch(k -> k.startsWith(CONFIG_ONLY_VENUE));
        assertThat(venueDays.keySet().stream().map(k -> k.substring(k.indexOf(' ') + 1)).distinct()).hasSizeGreaterThan(1);

        assertThat(rollups("SELECT venue, day, scans, accepted FROM stats_venue_day")).isEqualTo(venueDays);
        assertThat(rollups("SELECT area_code, day, scans, accepted FROM stats_area_day")).isEqualTo(areaDays);
        Map<String, Long> sketched = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT area_code, day, people FROM stats_area_day")) {
            while (rs.next()) {
                sketched.put(rs.getString(1) + " " + rs.getString(2), PeopleSketch.fromBytes(rs.getBytes(3)).estimate());
            }
        }
        Map<String, Long> distinct = new TreeMap<>();
        areaDays.keySet().forEach(k -> distinct.put(k, (long) people.getOrDefault(k, Set.of()).size()));
        assertThat(sketched).isEqualTo(distinct);
    }

    @Test
    void concurrent_deliveries_of_overlapping_batches_neither_deadlock_nor_count_twice() throws Exception {
        List<Event> sent = load(11, 10);
        List<Event> all = new ArrayList<>(sent);
        TracePeople late = new TracePeople("gate-02");
        for (int i = 0; i < 200; i++) {
            all.add(late.in(TracePeople.person(String.format("0481%08d", i % 90), "Người Thử", null),
                    venues.get(i % venues.size()), START.plusMinutes(i * 7L)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<Event> mine = new ArrayList<>(all);
                Collections.shuffle(mine, new Random(t));
                done.add(pool.submit(() -> {
                    for (int from = 0; from < mine.size(); from += 25) {
                        stores.checkins().insertIfAbsent(mine.subList(from, Math.min(mine.size(), from + 25)), "gw-1",
                                Instant.now());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        long distinct = all.stream().map(Event::eventId).distinct().count();
        assertThat(rollups("SELECT venue, day, scans, accepted FROM stats_venue_day").values().stream()
                .mapToLong(v -> v.get(0)).sum()).isEqualTo(distinct);
        long inAreas = all.stream().filter(e -> areaOfVenue.containsKey(e.venue())).map(Event::eventId).distinct().count();
        assertThat(rollups("SELECT area_code, day, scans, accepted FROM stats_area_day").values().stream()
                .mapToLong(v -> v.get(0)).sum()).isEqualTo(inAreas);
    }

    @Test
    void the_stats_store_reads_each_ward_under_its_branch_and_counts_venues_scanned_lately() {
        load(7, 30);
        LocalDate day = LocalDate.of(2026, 11, 20);

        List<AreaDayRow> rows = stores.stats().areaDays("492", new StatsPeriod(day, day));
        List<VenueTally> tallies = stores.stats().venues("48", day);

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.branch()).isEqualTo(r.area());
            assertThat(r.area()).isIn("20227", "20236");
            assertThat(r.day()).isEqualTo(day);
        });
        assertThat(tallies).extracting(VenueTally::branch).containsExactlyInAnyOrder("492", "494");
        assertThat(tallies).allSatisfy(t -> assertThat(t.scannedLast7Days()).isEqualTo(t.venues()));
        assertThat(stores.stats().venues("48", day.plusDays(8)))
                .allSatisfy(t -> assertThat(t.scannedLast7Days()).isZero());
    }

    @Test
    void retention_deletes_checkins_but_keeps_the_roll_ups() throws Exception {
        load(3, 20);
        Map<String, List<Long>> before = rollups("SELECT area_code, day, scans, accepted FROM stats_area_day");

        int deleted = stores.checkins().deleteScannedBefore(Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(deleted).isPositive();
        assertThat(rollups("SELECT area_code, day, scans, accepted FROM stats_area_day")).isNotEmpty().isEqualTo(before);
        assertThat(rollups("SELECT venue, day, scans, accepted FROM stats_venue_day")).isNotEmpty();
    }

    @Test
    void retention_makes_the_sketches_of_old_days_dense_so_no_document_hash_is_kept() throws Exception {
        load(5, 40);
        LocalDate firstKept = LocalDate.of(2026, 11, 21);
        Map<String, Set<String>> people = peopleByAreaDay();
        Set<String> everyone = new HashSet<>();
        people.values().forEach(everyone::addAll);
        assertThat(people.keySet()).anyMatch(k -> k.endsWith(firstKept.toString()))
                .anyMatch(k -> k.endsWith(firstKept.minusDays(1).toString()));

        int densified = stores.stats().densifySketchesBefore(firstKept);

        Map<String, byte[]> sketches = sketches();
        assertThat(densified).isEqualTo(sketches.keySet().stream()
                .filter(k -> k.substring(k.indexOf(' ') + 1).compareTo(firstKept.toString()) < 0).count());
        sketches.forEach((key, bytes) -> {
            PeopleSketch sketch = PeopleSketch.fromBytes(bytes);
            long truth = people.getOrDefault(key, Set.of()).size();
            if (key.substring(key.indexOf(' ') + 1).compareTo(firstKept.toString()) < 0) {
                assertThat(sketch.isExact()).as(key).isFalse();
                for (String who : everyone) {
                    assertThat(containsHash(bytes, who)).as(key).isFalse();
                }
                // Linear counting over 1024 registers: within one person or 10 % for so few people.
                assertThat(Math.abs(sketch.estimate() - truth)).as(key)
                        .isLessThanOrEqualTo(Math.max(1, Math.round(truth * 0.1)));
            } else {
                assertThat(sketch.isExact()).as(key).isTrue();
                assertThat(sketch.estimate()).as(key).isEqualTo(truth);
            }
        });

        assertThat(stores.stats().densifySketchesBefore(firstKept)).isZero();
        assertThat(sketches()).allSatisfy((key, bytes) -> assertThat(bytes).as(key).isEqualTo(sketches.get(key)));
        assertThat(stores.stats().areaDays("48", new StatsPeriod(firstKept.minusDays(2), firstKept))).isNotEmpty();
    }

    @Test
    void a_late_checkin_on_a_day_already_made_dense_keeps_its_sketch_dense() throws Exception {
        LocalDate firstKept = LocalDate.of(2026, 11, 21);
        String venue = venues.get(0);
        String key = areaOfVenue.get(venue) + " 2026-11-20";
        // 02:30 on the 20th in Vietnam.
        OffsetDateTime at = START.plusHours(3);
        TracePeople gate = new TracePeople("gate-09");
        stores.checkins().insertIfAbsent(List.of(gate.in(TracePeople.person("048099999998", "Người Thử", null), venue, at)),
                "gw-1", Instant.now());
        assertThat(stores.stats().densifySketchesBefore(firstKept)).isEqualTo(1);

        stores.checkins().insertIfAbsent(List.of(gate.in(TracePeople.person("048099999999", "Người Muộn", null), venue,
                at.plusMinutes(5))), "gw-1", Instant.now());

        byte[] bytes = sketches().get(key);
        assertThat(PeopleSketch.fromBytes(bytes).isExact()).isFalse();
        assertThat(PeopleSketch.fromBytes(bytes).estimate()).isEqualTo(2);
        assertThat(containsHash(bytes, "CCCD:048099999999")).isFalse();
        assertThat(stores.stats().densifySketchesBefore(firstKept)).isZero();
    }

    /** Per "area day", the accepted people of the stored check-ins as "TYPE:NUMBER". */
    private Map<String, Set<String>> peopleByAreaDay() throws Exception {
        Map<String, Set<String>> people = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT venue, scanned_at, decision, document_type, document_number FROM checkin")) {
            while (rs.next()) {
                String area = areaOfVenue.get(rs.getString("venue"));
                if (area != null && rs.getString("decision").equals("ACCEPTED")) {
                    people.computeIfAbsent(area + " " + LocalDays.of(scannedAt(rs)), k -> new HashSet<>())
                            .add(rs.getString("document_type") + ":" + rs.getString("document_number"));
                }
            }
        }
        return people;
    }

    private Map<String, byte[]> sketches() throws Exception {
        Map<String, byte[]> sketches = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT area_code, day, people FROM stats_area_day")) {
            while (rs.next()) {
                sketches.put(rs.getString(1) + " " + rs.getString(2), rs.getBytes(3));
            }
        }
        return sketches;
    }

    /** Whether the stored bytes hold the 8-byte hash of a "TYPE:NUMBER" key anywhere, aligned or not. */
    private static boolean containsHash(byte[] bytes, String typeAndNumber) {
        int colon = typeAndNumber.indexOf(':');
        long hash = PeopleSketch.hashOf(typeAndNumber.substring(0, colon), typeAndNumber.substring(colon + 1));
        byte[] needle = ByteBuffer.allocate(8).putLong(hash).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 8, needle, 0, 8)) {
                return true;
            }
        }
        return false;
    }

    private static void count(Map<String, List<Long>> counts, String key, boolean accepted) {
        List<Long> c = counts.getOrDefault(key, List.of(0L, 0L));
        counts.put(key, List.of(c.get(0) + 1, c.get(1) + (accepted ? 1 : 0)));
    }

    private Map<String, List<Long>> rollups(String sql) throws Exception {
        Map<String, List<Long>> rows = new TreeMap<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1) + " " + rs.getString(2), List.of(rs.getLong(3), rs.getLong(4)));
            }
        }
        return rows;
    }
}
