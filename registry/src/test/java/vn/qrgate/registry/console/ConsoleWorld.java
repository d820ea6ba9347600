package vn.qrgate.registry.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.registry.adapter.jdbc.JdbcAreaStore;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.config.AccountAccess;
import vn.qrgate.registry.config.RegistryConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.SigningKeys;
import vn.qrgate.registry.testing.TestEvents;
import vn.qrgate.registry.testing.TestRegistry;
import vn.qrgate.registry.testing.Tokens;

/**
 * What the console's browser tests look at: a registry with Đà Nẵng's 2021 areas, a hospital and a
 * market in Hải Châu district, and the config's accounts (a district official of Hải Châu, a health
 * tracer, an admin, staff), on SQLite in a temp folder, on a free port.
 */
public final class ConsoleWorld implements AutoCloseable {

    public static final String DISTRICT = "492";
    public static final String DISTRICT_NAME = "Quận Hải Châu";
    public static final String WARD = "20227";
    public static final String WARD_NAME = "Phường Thanh Bình";
    public static final String OFFICIAL_TOKEN = "official-hai-chau-token-0123456789";

    private final TestRegistry registry;
    private final Venue hospital;
    private final Venue market;
    private final TestEvents gate = new TestEvents("gate-console-01");

    private ConsoleWorld(TestRegistry registry, Venue hospital, Venue market) {
        this.registry = registry;
        this.hospital = hospital;
        this.market = market;
    }

    public static RegistryConfig config(Path dir) {
        return TestRegistry.config(dir)
                .withAccount(AccountAccess.official("hai-chau", Role.DISTRICT_OFFICIAL, DISTRICT, OFFICIAL_TOKEN))
                .withAccount(AccountAccess.healthTracer("tracer", Tokens.TRACER));
    }

    public static ConsoleWorld start(Path dir) throws Exception {
        return start(config(dir));
    }

    /** The same world with a fresh signing key (its passphrase in a file beside it), so cards can be issued. */
    public static ConsoleWorld startSigning(Path dir) throws Exception {
        return start(config(dir).withSigning(SigningKeys.in(dir)));
    }

    private static ConsoleWorld start(RegistryConfig config) throws Exception {
        try (JdbcAreaStore areas = JdbcAreaStore.open(config.store())) {
            areas.replaceAll(AreaFiles.edition(AreaFiles.DA_NANG_2021));
        }
        Venue hospital;
        Venue market;
        try (JdbcStores stores = JdbcStores.open(config.store(), Clock.systemUTC())) {
            hospital = stores.venues().register(new VenueRegistration("Bệnh viện Đa khoa Hải Châu", VenueType.HOSPITAL,
                    "124 Hải Phòng, Thanh Bình", WARD));
            market = stores.venues().register(new VenueRegistration("Chợ Hàn", VenueType.MARKET,
                    "119 Trần Phú, Hải Châu", WARD));
        }
        return new ConsoleWorld(TestRegistry.start(config), hospital, market);
    }

    public TestRegistry registry() {
        return registry;
    }

    public Venue hospital() {
        return hospital;
    }

    public Venue market() {
        return market;
    }

    public String code(Venue venue) {
        return venue.code().value();
    }

    /** The test person's accepted IN at the venue, now, delivered through the ingest API as a gateway would. */
    public Event checkIn(Venue venue) {
        Event event = gate.person(code(venue), OffsetDateTime.now(ZoneOffset.ofHours(7)));
        deliver(List.of(event));
        return event;
    }

    public void deliver(List<Event> events) {
        var response = registry.post(Tokens.GATEWAY, events);
        if (response.statusCode() != 200) {
            throw new AssertionError("ingest answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * A session of venue staff: the admin adds the phone as the venue's staff through the API, and the
     * phone logs in with the code texted to it.
     */
    public String staffSession(Venue venue, String phone) {
        var added = registry.request("POST", "/api/v1/venues/" + code(venue) + "/staff", Tokens.ADMIN,
                "{\"phone\":\"" + phone + "\"}");
        if (added.statusCode() / 100 != 2) {
            throw new AssertionError("adding staff answered " + added.statusCode() + ": " + added.body());
        }
        return registry.login(phone);
    }

    public ConsoleBrowser browser() {
        return ConsoleBrowser.startOrSkip(registry.server().baseUri());
    }

    @Override
    public void close() {
        registry.close();
    }
}
