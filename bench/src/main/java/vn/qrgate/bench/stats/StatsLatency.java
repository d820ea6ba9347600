package vn.qrgate.bench.stats;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.qrgate.registry.app.RegistryServer;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.HttpSettings;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.Role;

/**
 * Times {@code GET /api/v1/stats} over real HTTP against a real {@link RegistryServer} on the database
 * {@link StatsLoad} filled: a province, a district and a ward official each asking for their own area
 * over the last 7 and the last 30 days of the data. One client, requests one after another, after a
 * warm-up. The server's clock is set to noon on the data's last day, so "today" is that day.
 *
 * <p>{@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.stats.StatsLatency [warm-up] [requests]}
 */
public final class StatsLatency {

    private static final String PROVINCE_TOKEN = "bench-province-token-0123456789";
    private static final String DISTRICT_TOKEN = "bench-district-token-0123456789";
    private static final String WARD_TOKEN = "bench-ward-token-0123456789";

    private record Case(String name, String token, int days) {
    }

    private StatsLatency() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        LocalDate lastDay;
        long checkins;
        String size;
        try (Connection c = DriverManager.getConnection(StatsLoad.BENCH_URL, StatsLoad.USER, null);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT max(day) FROM stats_area_day")) {
                rs.next();
                lastDay = rs.getObject(1, LocalDate.class);
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM checkin")) {
                rs.next();
                checkins = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
                rs.next();
                size = rs.getString(1);
            }
        }
        RegistryConfig config = RegistryConfig.sqlite(Files.createTempDirectory("qrgate-stats-bench").resolve("unused.db"))
                .withStore(StoreConfig.Postgresql.of(StatsLoad.BENCH_URL, StatsLoad.USER, Optional.empty(), Optional.empty()))
                .withHttp(HttpSettings.anyFreePort())
                // Nothing of the loaded data may be swept while the benchmark runs.
                .withRetention(Duration.ofDays(3650))
                .withAccount(AccountAccess.official("bench-province", Role.PROVINCE_OFFICIAL, "48", PROVINCE_TOKEN))
                .withAccount(AccountAccess.official("bench-district", Role.DISTRICT_OFFICIAL, "492", DISTRICT_TOKEN))
                .withAccount(AccountAccess.official("bench-ward", Role.WARD_OFFICIAL, "20227", WARD_TOKEN));
        Clock clock = Clock.fixed(lastDay.atTime(LocalTime.NOON).toInstant(ZoneOffset.ofHours(7)), ZoneOffset.UTC);
        List<Case> cases = List.of(new Case("province 48", PROVINCE_TOKEN, 7), new Case("province 48", PROVINCE_TOKEN, 30),
                new Case("district 492", DISTRICT_TOKEN, 7), new Case("district 492", DISTRICT_TOKEN, 30),
                new Case("ward 20227", WARD_TOKEN, 7), new Case("ward 20227", WARD_TOKEN, 30));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (RegistryServer server = RegistryServer.start(config, clock)) {
            System.out.printf("%n%,d check-ins in the database (%s), last day %s; JVM %s, %d processors; "
                    + "%d warm-up requests, then %d timed, per row.%n%n", checkins, size, lastDay,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmUp, requests);
            System.out.println("| area | days | median ms | p95 ms | p99 ms | min ms | max ms | IQR ms | body bytes | scans | unique people |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (Case c : cases) {
                URI uri = URI.create(server.baseUri() + "/api/v1/stats?from=" + lastDay.minusDays(c.days() - 1L)
                        + "&to=" + lastDay);
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + c.token()).GET().build();
                String body = "";
                for (int i = 0; i < warmUp; i++) {
                    body = send(http, request);
                }
                double[] ms = new double[requests];
                for (int i = 0; i < requests; i++) {
                    long start = System.nanoTime();
                    send(http, request);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %s | %s |%n", c.name(), c.days(),
                        at(ms, 0.50), at(ms, 0.95), at(ms, 0.99), ms[0], ms[ms.length - 1], at(ms, 0.75) - at(ms, 0.25),
                        body.length(), field(body, "scans"), field(body, "uniquePeople"));
            }
        }
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The first value of {@code name} in the body: the totals' own, which come first. */
    private static String field(String body, String name) {
        int at = body.indexOf("\"" + name + "\":");
        if (at < 0) {
            return "?";
        }
        int start = at + name.length() + 3;
        int end = start;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return String.format("%,d", Long.parseLong(body.substring(start, end)));
    }

    private static double at(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
