package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.venue.DeviceAssignment;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.StoreFailureException;
import vn.qrgate.registry.port.UnknownAreaException;
import vn.qrgate.registry.port.UnknownVenueException;
import vn.qrgate.registry.testing.AreaFiles;

/** What every venue store must do; run against SQLite and PostgreSQL over the Đà Nẵng 2021 areas. */
abstract class VenueStoreContract {

    private static final Instant NOW = Instant.parse("2026-11-29T05:00:00.123456Z");
    // Wards 20227 and 20236 are in district 492 (Hải Châu), ward 20284 in district 494.
    private static final String HAI_CHAU_DISTRICT = "492";

    protected JdbcVenueStore store;

    protected abstract StoreConfig config() throws Exception;

    protected void dropStore() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        StoreConfig config = config();
        try (JdbcAreaStore areas = JdbcAreaStore.open(config)) {
            areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        }
        store = JdbcVenueStore.open(config, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        dropStore();
    }

    private static VenueRegistration at(String areaCode, String name) {
        return new VenueRegistration(name, VenueType.RESTAURANT, "12 Bạch Đằng, Hải Châu, Đà Nẵng", areaCode);
    }

    private static List<String> codes(List<Venue> venues) {
        return venues.stream().map(v -> v.code().value()).toList();
    }

    @Test
    void a_registered_venue_gets_the_next_code_of_its_province_and_reads_back_exactly() {
        VenueRegistration market = new VenueRegistration("Chợ Hàn", VenueType.MARKET, "119 Trần Phú, Hải Châu", "20236");

        Venue first = store.register(market);
        Venue second = store.register(at("20284", "Quán Bé Mặn"));

        assertThat(first.code()).isEqualTo(VenueCode.of("V48-000001"));
        assertThat(second.code()).isEqualTo(VenueCode.of("V48-000002"));
        assertThat(first.registration()).isEqualTo(market);
        assertThat(first.createdAt()).isEqualTo(NOW);
        assertThat(store.byCode(first.code())).hasValue(first);
        assertThat(store.byCode(VenueCode.of("V48-000003"))).isEmpty();
    }

    @Test
    void two_threads_registering_at_once_never_get_the_same_code() throws Exception {
        int perThread = 15;
        CountDownLatch start = new CountDownLatch(1);
        Callable<List<String>> registrar = () -> {
            start.await();
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(store.register(at("20236", "Quầy " + i)).code().value());
            }
            return mine;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<String>> a = pool.submit(registrar);
            Future<List<String>> b = pool.submit(registrar);
            start.countDown();
            Set<String> all = new HashSet<>(a.get(60, TimeUnit.SECONDS));
            all.addAll(b.get(60, TimeUnit.SECONDS));

            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * perThread)
                    .mapToObj(n -> String.format("V48-%06d", n)).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.inArea("20236")).hasSize(2 * perThread);
    }

    @Test
    void a_venue_in_an_unknown_area_is_refused_naming_the_area_code_and_uses_up_no_code() {
        assertThatThrownBy(() -> store.register(at("99999", "Quán Ma")))
                .isInstanceOfSatisfying(UnknownAreaException.class, e -> assertThat(e.areaCode()).isEqualTo("99999"))
                .hasMessageContaining("area 99999");

        assertThat(store.inArea("48")).isEmpty();
        assertThat(store.register(at("20236", "Quán Thật")).code()).isEqualTo(VenueCode.of("V48-000001"));
    }

    @Test
    void listing_by_a_district_returns_the_venues_of_its_wards_and_of_the_district_itself() {
        Venue thanhBinh = store.register(at("20227", "Quán Thanh Bình"));
        Venue haiChau = store.register(at("20236", "Quán Hải Châu"));
        Venue elsewhere = store.register(at("20284", "Quán Sơn Trà"));
        Venue districtOffice = store.register(new VenueRegistration("UBND quận Hải Châu", VenueType.OFFICE,
                "270 Trưng Nữ Vương", HAI_CHAU_DISTRICT));

        assertThat(store.inArea(HAI_CHAU_DISTRICT)).containsExactly(thanhBinh, haiChau, districtOffice);
        assertThat(codes(store.inArea("48"))).containsExactly(thanhBinh.code().value(), haiChau.code().value(),
                elsewhere.code().value(), districtOffice.code().value());
        assertThat(store.inArea("20284")).containsExactly(elsewhere);
        assertThat(store.inArea("20230")).isEmpty();
        assertThat(store.inArea("99")).isEmpty();
    }

    @Test
    void a_device_moved_to_another_venue_returns_where_it_was() {
        Venue first = store.register(at("20236", "Quán Một"));
        Venue second = store.register(at("20284", "Quán Hai"));
        DeviceId kiosk = DeviceId.of("kiosk-001");

        assertThat(store.venueOfDevice(kiosk)).isEmpty();
        assertThat(store.assign(kiosk, first.code())).isEmpty();
        assertThat(store.venueOfDevice(kiosk)).hasValue(new DeviceAssignment(kiosk, first.code(), NOW));

        assertThat(store.assign(kiosk, second.code())).hasValue(new DeviceAssignment(kiosk, first.code(), NOW));
        assertThat(store.venueOfDevice(kiosk)).hasValue(new DeviceAssignment(kiosk, second.code(), NOW));
        assertThat(store.venueOfDevice(DeviceId.of("kiosk-002"))).isEmpty();
    }

    @Test
    void of_concurrent_assignments_of_a_new_device_exactly_one_finds_it_unassigned() throws Exception {
        VenueCode first = store.register(at("20236", "Quán Một")).code();
        VenueCode second = store.register(at("20284", "Quán Hai")).code();
        DeviceId kiosk = DeviceId.of("kiosk-moving");
        int perThread = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Optional<DeviceAssignment>>>> results = new ArrayList<>();
            for (VenueCode target : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Optional<DeviceAssignment>> previous = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        previous.add(store.assign(kiosk, target));
                    }
                    return previous;
                }));
            }
            start.countDown();
            List<Optional<DeviceAssignment>> all = new ArrayList<>(results.get(0).get(60, TimeUnit.SECONDS));
            all.addAll(results.get(1).get(60, TimeUnit.SECONDS));

            assertThat(all).filteredOn(Optional::isEmpty).hasSize(1);
            assertThat(all).filteredOn(Optional::isPresent).hasSize(2 * perThread - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.venueOfDevice(kiosk)).map(DeviceAssignment::venueCode).get().isIn(first, second);
    }

    @Test
    void a_device_assigned_to_an_unregistered_venue_is_refused_and_stays_where_it_was() {
        Venue venue = store.register(at("20236", "Quán Một"));
        DeviceId kiosk = DeviceId.of("kiosk-001");
        store.assign(kiosk, venue.code());

        assertThatThrownBy(() -> store.assign(kiosk, VenueCode.of("V48-000099")))
                .isInstanceOfSatisfying(UnknownVenueException.class,
                        e -> assertThat(e.venueCode()).isEqualTo(VenueCode.of("V48-000099")))
                .hasMessageContaining("V48-000099");
        assertThatThrownBy(() -> store.assign(DeviceId.of("kiosk-002"), VenueCode.of("V48-000099")))
                .isInstanceOf(UnknownVenueException.class);

        assertThat(store.venueOfDevice(kiosk)).map(DeviceAssignment::venueCode).hasValue(venue.code());
        assertThat(store.venueOfDevice(DeviceId.of("kiosk-002"))).isEmpty();
    }

    @Test
    void an_area_import_that_drops_an_area_with_venues_is_refused_and_one_that_keeps_it_passes() throws Exception {
        StoreConfig config = config();
        Venue inWard = store.register(at("20236", "Quán Hải Châu"));
        try (JdbcAreaStore areas = JdbcAreaStore.open(config)) {
            // The 2025 sample keeps ward 20236 (as a commune) and drops every district.
            areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2025));
            assertThat(store.inArea("48")).containsExactly(inWard);

            areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
            store.register(at(HAI_CHAU_DISTRICT, "Quận ủy Hải Châu"));

            assertThatThrownBy(() -> areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2025)))
                    .isInstanceOf(StoreFailureException.class);
            assertThat(areas.byCode(HAI_CHAU_DISTRICT)).isPresent();
        }
        assertThat(store.inArea(HAI_CHAU_DISTRICT)).hasSize(2);
    }

    @Test
    void codes_of_a_province_keep_counting_after_areas_are_reimported() throws Exception {
        store.register(at("20236", "Quán Một"));
        try (JdbcAreaStore areas = JdbcAreaStore.open(config())) {
            areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2025));
        }

        assertThat(store.register(at("20236", "Quán Hai")).code()).isEqualTo(VenueCode.of("V48-000002"));
        assertThat(store.byCode(VenueCode.of("V48-000001"))).map(v -> v.registration().name()).hasValue("Quán Một");
    }
}
