package vn.qrgate.bench.stats;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import vn.qrgate.protocol.event.Event;
import org.postgresql.copy.CopyIn;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.area.Area;
import vn.qrgate.registry.domain.area.AreaCsv;
import vn.qrgate.registry.domain.area.AreaParse;
import vn.qrgate.registry.domain.stats.Rollup;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;

/**
 * Loads synthetic check-ins into a registry database on PostgreSQL for the statistics benchmark:
 * imports the area list with the registry's own code, registers venues through its venue store,
 * writes each day's check-ins with COPY and then that day's roll-up through the store's own roll-up
 * code ({@link Rollup}, {@code JdbcStatsStore.add}).
 *
 * <p>Run from the repository root, after {@code mvn -B -o -q package -pl registry,bench -am -DskipTests}:
 * {@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.stats.StatsLoad [rows] [venues] [days] [people]}.
 * It creates database {@code qrgate_bench} (QRGATE_BENCH_PG_URL to change it) and refuses to load into one
 * that already holds check-ins.
 */
public final class StatsLoad {

    static final String ADMIN_URL = System.getenv().getOrDefault("QRGATE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String BENCH_URL = System.getenv().getOrDefault("QRGATE_BENCH_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/qrgate_bench");
    static final String USER = "postgres";
    static final Path AREAS = Path.of("registry", "samples", "areas-48-da-nang-2021.csv");
    private static final long SEED = 20211001L;
    private static final int COPY_BUFFER_ROWS = 2000;

    /** What was loaded. */
    record Loaded(long rows, int venues, LocalDate firstDay, LocalDate lastDay, Duration took) {
    }

    private StatsLoad() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 30_000_000L;
        int venues = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int people = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        createDatabase();
        StoreConfig store = StoreConfig.Postgresql.of(BENCH_URL, USER, Optional.empty(), Optional.empty());
        Loaded loaded = load(store, AREAS, rows, venues, days, people, LocalDate.now(CheckinGenerator.VIETNAM));
        System.out.printf("loaded %,d check-ins at %d venues, %s to %s, in %s (%.0f rows/s)%n", loaded.rows(),
                loaded.venues(), loaded.firstDay(), loaded.lastDay(), loaded.took(),
                loaded.rows() / Math.max(1e-3, loaded.took().toMillis() / 1000.0));
        try (Connection c = DriverManager.getConnection(BENCH_URL, USER, null); Statement s = c.createStatement()) {
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                System.out.println("database size: " + rs.getString(1));
            }
        }
    }

    static void createDatabase() throws SQLException {
        String name = BENCH_URL.substring(BENCH_URL.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, null); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        }
    }

    /** Loads {@code rows} check-ins over the {@code days} days up to {@code lastDay} into {@code store}. */
    static Loaded load(StoreConfig store, Path areaCsv, long rows, int venueCount, int days, int people,
            LocalDate lastDay) throws Exception {
        return load(store, areaCsv, rows, venueCount, days, people, lastDay, event -> { });
    }

    /** As above, handing each generated check-in to {@code tap} as well (the loader's test keeps them). */
    static Loaded load(StoreConfig store, Path areaCsv, long rows, int venueCount, int days, int people,
            LocalDate lastDay, Consumer<Event> tap) throws Exception {
        long start = System.nanoTime();
        StoreConfig.Postgresql pg = (StoreConfig.Postgresql) store;
        String table = pg.schema().map(s -> s + ".").orElse("") + "checkin";
        try (JdbcStores stores = JdbcStores.open(store, Clock.systemUTC());
             Connection c = DriverManager.getConnection(pg.url(), USER, null)) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException(table + " already holds " + rs.getLong(1)
                            + " check-ins; drop the database (or schema) to load again");
                }
            }
            AreaParse parse = AreaCsv.parse(Files.readString(areaCsv, StandardCharsets.UTF_8));
            if (!(parse instanceof AreaParse.Parsed parsed)) {
                throw new IllegalStateException(areaCsv + " is rejected: " + parse);
            }
            stores.areas().replaceAll(parsed.edition());
            List<Area> wards = stores.areas().lowestLevelUnder(parsed.edition().areas().get(0).code());
            SplittableRandom random = new SplittableRandom(SEED);
            List<String> codes = new ArrayList<>();
            Map<String, String> areaOfVenue = new HashMap<>();
            int[] wardOfVenue = new int[venueCount];
            for (int i = 0; i < venueCount; i++) {
                int ward = random.nextInt(wards.size());
                VenueType type = VenueType.values()[random.nextInt(VenueType.values().length)];
                Venue venue = stores.venues().register(new VenueRegistration(type.label() + " số " + (i + 1), type,
                        (i + 1) + " đường số " + (1 + random.nextInt(200)), wards.get(ward).code()));
                codes.add(venue.code().value());
                areaOfVenue.put(venue.code().value(), wards.get(ward).code());
                wardOfVenue[i] = ward;
            }
            CheckinGenerator generator = new CheckinGenerator(codes, wardOfVenue, wards.size(), people, SEED);
            PGConnection copier = c.unwrap(PGConnection.class);
            LocalDate firstDay = lastDay.minusDays(days - 1L);
            long loaded = 0;
            for (int d = 0; d < days; d++) {
                LocalDate day = firstDay.plusDays(d);
                int count = (int) (rows / days + (d < rows % days ? 1 : 0));
                Rollup rollup = new Rollup();
                CopyIn copy = copier.getCopyAPI().copyIn("COPY " + table + " (" + CopyRows.COLUMNS + ") FROM STDIN");
                StringBuilder buffer = new StringBuilder(1 << 20);
                int[] inBuffer = {0};
                try {
                    generator.day(day, count, SEED, event -> {
                        tap.accept(event);
                        rollup.add(event, venue -> Optional.ofNullable(areaOfVenue.get(venue)));
                        CopyRows.append(buffer, event, "gw-bench", event.scannedAt().toInstant().plusMillis(1500));
                        if (++inBuffer[0] == COPY_BUFFER_ROWS) {
                            try {
                                write(copy, buffer);
                            } catch (SQLException e) {
                                throw new IllegalStateException("COPY failed: " + e.getSQLState(), e);
                            }
                            inBuffer[0] = 0;
                        }
                    });
                    write(copy, buffer);
                    copy.endCopy();
                } catch (RuntimeException | SQLException e) {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                    throw e;
                }
                // The day's check-ins are committed; now what ingest would have added for them.
                stores.stats().add(rollup);
                loaded += count;
                System.out.printf("%s: %,d check-ins (%,d in all, %s)%n", day, count, loaded,
                        Duration.ofNanos(System.nanoTime() - start).withNanos(0));
            }
            return new Loaded(loaded, venueCount, firstDay, lastDay, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

}
