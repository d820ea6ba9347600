package vn.qrgate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.adapter.keys.EncryptedKeyFile;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.area.AreaCsv;
import vn.qrgate.registry.domain.area.AreaParse;
import vn.qrgate.registry.domain.people.PhoneNumber;
import vn.qrgate.registry.domain.people.ScriptGrant;
import vn.qrgate.registry.domain.people.SecretTokens;
import vn.qrgate.registry.domain.venue.Venue;
import vn.qrgate.registry.domain.venue.VenueCode;
import vn.qrgate.registry.domain.venue.VenueRegistration;
import vn.qrgate.registry.domain.venue.VenueType;
import vn.qrgate.registry.port.AccountStore;
import vn.qrgate.registry.port.VenueStore;

/**
 * What a province would have set up before the first scan: Đà Nẵng's areas (the 2021 sample), three
 * venues, people with phone numbers who can log in to the console, and a key that signs QR cards. Done through the registry's own
 * stores, before the registry starts; a second run finds everything there and adds nothing.
 */
final class DemoSeed {

    /** Who can log in, by phone number; the one-time code is printed in the demo's window. */
    record Login(String phone, String who) {
    }

    record Seeded(VenueCode gateVenue, VenueCode hospital, String staffToken, List<Login> logins) {
    }

    static final String PROVINCE = "48";
    static final String DISTRICT = "492";
    private static final String AREAS = "/samples/areas-48-da-nang-2021.csv";
    private static final Duration SCRIPT_TOKEN_LIFETIME = Duration.ofDays(30);
    static final String SIGNING_KEY_FILE = "signing-keys.json";
    static final String SIGNING_PASSPHRASE_FILE = "signing.pass";

    private static final VenueRegistration MARKET = new VenueRegistration("Chợ Hàn", VenueType.MARKET,
            "119 Trần Phú, Hải Châu", "20236");
    private static final VenueRegistration HOSPITAL = new VenueRegistration("Bệnh viện Đà Nẵng", VenueType.HOSPITAL,
            "124 Hải Phòng, Thạch Thang", "20233");
    private static final VenueRegistration SCHOOL = new VenueRegistration("Trường THPT Phan Châu Trinh",
            VenueType.SCHOOL, "154 Lê Lợi, Hải Châu", "20242");

    private DemoSeed() {
    }

    static Seeded prepare(Path registryDatabase, Clock clock, String deviceId) {
        try (JdbcStores stores = JdbcStores.open(StoreConfig.Sqlite.at(registryDatabase), clock)) {
            if (stores.areas().byCode(PROVINCE).isEmpty()) {
                stores.areas().replaceAll(areas());
            }
            VenueStore venues = stores.venues();
            VenueCode market = venue(venues, MARKET);
            VenueCode hospital = venue(venues, HOSPITAL);
            venue(venues, SCHOOL);
            venues.assign(new DeviceId(deviceId), market);

            AccountStore accounts = stores.accounts();
            List<Login> logins = List.of(
                    role(accounts, "0901000001", Role.ADMIN, Optional.empty(), "admin"),
                    role(accounts, "0901000002", Role.PROVINCE_OFFICIAL, Optional.of(PROVINCE), "province official, Đà Nẵng"),
                    role(accounts, "0901000003", Role.DISTRICT_OFFICIAL, Optional.of(DISTRICT), "district official, Hải Châu"),
                    role(accounts, "0901000004", Role.HEALTH_TRACER, Optional.empty(), "health tracer"),
                    member(accounts, "0901000005", market, true, "owner of Chợ Hàn (" + market.value() + ")"),
                    member(accounts, "0901000006", hospital, false, "staff of Bệnh viện Đà Nẵng (" + hospital.value() + ")"),
                    cardIssuer(stores, "0901000007", SCHOOL.name(), "card issuer of " + SCHOOL.name()
                            + ": QR cards one by one or from a class list"));
            signingKey(registryDatabase.getParent(), clock);
            String staffToken = SecretTokens.newToken(new SecureRandom());
            accounts.createScriptToken(TokenDigest.ofToken(staffToken),
                    new ScriptGrant(Role.VENUE_STAFF, Optional.empty(), Set.of(market.value())),
                    clock.instant().plus(SCRIPT_TOKEN_LIFETIME));
            return new Seeded(market, hospital, staffToken, logins);
        }
    }

    private static VenueCode venue(VenueStore venues, VenueRegistration registration) {
        return venues.inArea(PROVINCE).stream()
                .filter(v -> v.registration().name().equals(registration.name()))
                .map(Venue::code)
                .findFirst()
                .orElseGet(() -> venues.register(registration).code());
    }

    private static Login role(AccountStore accounts, String phone, Role role, Optional<String> area, String who) {
        accounts.putRole(PhoneNumber.parse(phone), role, area);
        return new Login(phone, who);
    }

    private static Login cardIssuer(JdbcStores stores, String phone, String organisation, String who) {
        var person = stores.accounts().putRole(PhoneNumber.parse(phone), Role.CARD_ISSUER, Optional.empty());
        stores.cards().putOrganisation(person.id(), organisation);
        return new Login(phone, who);
    }

    /**
     * A QG1 signing key for the demo's cards, under a passphrase made for this data folder and kept beside it
     * (mode 600); a production registry takes the passphrase from its environment or a file the operator made.
     */
    private static void signingKey(Path registryFolder, Clock clock) {
        try {
            Path passphraseFile = registryFolder.resolve(SIGNING_PASSPHRASE_FILE);
            if (Files.notExists(passphraseFile)) {
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                Files.writeString(passphraseFile, java.util.HexFormat.of().formatHex(secret) + "\n");
                Files.setPosixFilePermissions(passphraseFile, PosixFilePermissions.fromString("rw-------"));
            }
            String passphrase = Files.readString(passphraseFile).strip();
            EncryptedKeyFile keys = new EncryptedKeyFile(registryFolder.resolve(SIGNING_KEY_FILE), passphrase::toCharArray,
                    new SecureRandom());
            if (keys.ring().active().isEmpty()) {
                keys.rotate(clock.instant());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the demo's signing key in " + registryFolder, e);
        }
    }

    private static Login member(AccountStore accounts, String phone, VenueCode venue, boolean owner, String who) {
        accounts.addMember(venue, PhoneNumber.parse(phone), owner);
        return new Login(phone, who);
    }

    private static vn.qrgate.registry.domain.area.AreaEdition areas() {
        try (InputStream in = DemoSeed.class.getResourceAsStream(AREAS)) {
            if (in == null) {
                throw new IllegalStateException("the demo jar lacks " + AREAS);
            }
            AreaParse parse = AreaCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (parse instanceof AreaParse.Parsed parsed) {
                return parsed.edition();
            }
            throw new IllegalStateException("the demo's area sample is rejected: " + parse);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + AREAS, e);
        }
    }
}
