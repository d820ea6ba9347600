package vn.qrgate.registry.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;

/**
 * {@link TestRegistry}'s registry plus two venues registered in the store, a hospital and a market in
 * Đà Nẵng, each with a staff account, and a health tracer. The config also lists the two codes, since
 * config accounts may only name config venues; the store's entry (with its type) is the one that counts.
 */
public final class LiveRegistry {

    public static final String HOSPITAL = "V48-000001";
    public static final String MARKET = "V48-000002";
    public static final String HOSPITAL_STAFF = "hospital-staff-token-0123456789";
    public static final String MARKET_STAFF = "market-staff-token-0123456789";

    private LiveRegistry() {
    }

    public static TestRegistry start(Path dir) throws Exception {
        RegistryConfig config = TestRegistry.config(dir)
                .withVenue(HOSPITAL, "Bệnh viện Đà Nẵng")
                .withVenue(MARKET, "Chợ Hàn")
                .withAccount(AccountAccess.healthTracer("tracer-1", Tokens.TRACER))
                .withAccount(AccountAccess.venueStaff("staff-hospital", HOSPITAL_STAFF, List.of(HOSPITAL)))
                .withAccount(AccountAccess.venueStaff("staff-market", MARKET_STAFF, List.of(MARKET)));
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            stores.areas().replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
            stores.venues().register(new VenueRegistration("Bệnh viện Đà Nẵng", VenueType.HOSPITAL,
                    "124 Hải Phòng", "20236"));
            stores.venues().register(new VenueRegistration("Chợ Hàn", VenueType.MARKET, "119 Trần Phú", "20236"));
        }
        return TestRegistry.start(config);
    }

    public static HttpResponse<String> postJson(TestRegistry registry, String path, String json) {
        return TestRegistry.send(HttpRequest.newBuilder(registry.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }
}
