package vn.qrgate.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.config.ConfigError;
import vn.qrgate.config.Secret;
import vn.qrgate.registry.domain.Caller;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.TokenDigest;
import vn.qrgate.registry.domain.Venue;

class RegistryConfigLoaderTest {

    private static final String GW_TOKEN = "gateway-one-token-1234567890";
    private static final String STAFF_TOKEN = "staff-one-token-1234567890";
    private static final String ADMIN_TOKEN = "admin-token-1234567890abcdef";

    @TempDir
    Path dir;

    private final RegistryConfigLoader loader = new RegistryConfigLoader(Map.of("ADMIN_TOKEN", ADMIN_TOKEN,
            "DB_PASSWORD", "s3cret-db-password"));

    private ConfigLoad load(String... lines) throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return loader.load(file);
    }

    private RegistryConfig valid(String... lines) throws Exception {
        ConfigLoad load = load(lines);
        assertThat(load).as(() -> load.toString()).isInstanceOf(ConfigLoad.Valid.class);
        return ((ConfigLoad.Valid) load).config();
    }

    private List<ConfigError> errors(String... lines) throws Exception {
        ConfigLoad load = load(lines);
        assertThat(load).isInstanceOf(ConfigLoad.Invalid.class);
        return ((ConfigLoad.Invalid) load).errors();
    }

    private static String text(List<ConfigError> errors) {
        return String.join("\n", errors.stream().map(ConfigError::toString).toList());
    }

    @Test
    void aCompleteConfigLoadsWithEveryValueAsWritten() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        RegistryConfig config = valid(
                "http: {host: 0.0.0.0, port: 9090}",
                "store: {kind: sqlite, path: data/registry.db, busyTimeout: 2s, poolSize: 3}",
                "retention: 14d",
                "maxBatch: 500",
                "venues:",
                "  - {id: v-hanoi-0001, name: \"Chợ Đồng Xuân\"}",
                "  - {id: v-hcm-0002, name: Chợ Bến Thành}",
                "gateways:",
                "  - {id: gw-1, token: " + GW_TOKEN + "}",
                "  - {id: gw-2, tokenSha256: " + TokenDigest.sha256Hex("gw-two-token-12345678").toUpperCase() + "}",
                "accounts:",
                "  - {id: staff-1, role: venue-staff, venues: [v-hanoi-0001], token: " + STAFF_TOKEN + "}",
                "  - {id: admin, role: admin, token: \"${ENV:ADMIN_TOKEN}\"}");

        assertThat(config.http()).isEqualTo(new HttpSettings("0.0.0.0", 9090));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(14));
        assertThat(config.maxBatch()).isEqualTo(500);
        assertThat(config.venues()).containsExactly(new Venue("v-hanoi-0001", "Chợ Đồng Xuân"),
                new Venue("v-hcm-0002", "Chợ Bến Thành"));
        assertThat(config.credentials().identify(GW_TOKEN)).contains(new Caller.Gateway("gw-1"));
        assertThat(config.credentials().identify("gw-two-token-12345678")).contains(new Caller.Gateway("gw-2"));
        assertThat(config.credentials().identify(STAFF_TOKEN))
                .contains(new Caller.Account("staff-1", Role.VENUE_STAFF, Set.of("v-hanoi-0001")));
        assertThat(config.credentials().identify(ADMIN_TOKEN)).contains(new Caller.Account("admin", Role.ADMIN, Set.of()));
        assertThat(config.credentials().identify("gw-two-token-1234567")).isEmpty();
    }

    @Test
    void theDatabaseFolderMustExistAndRelativePathsStartAtTheConfigsFolder() throws Exception {
        List<ConfigError> missing = errors(
                "store: {path: data/registry.db}",
                "venues: [{id: v1, name: V}]",
                "gateways: [{id: gw-1, token: " + GW_TOKEN + "}]");
        Files.createDirectories(dir.resolve("data"));
        RegistryConfig config = valid(
                "store: {path: data/registry.db}",
                "venues: [{id: v1, name: V}]",
                "gateways: [{id: gw-1, token: " + GW_TOKEN + "}]");

        assertThat(missing).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("store.path");
            assertThat(e.value()).isEqualTo("data/registry.db");
            assertThat(e.rule()).contains("does not exist", "mkdir -p " + dir.resolve("data"));
        });
        assertThat(((StoreConfig.Sqlite) config.store()).path()).isEqualTo(dir.resolve("data/registry.db"));
    }

    @Test
    void a_file_with_only_the_store_is_valid_because_venues_gateways_and_people_can_live_in_the_store() throws Exception {
        RegistryConfig config = valid("store: {kind: sqlite, path: registry.db}");

        assertThat(config.venues()).isEmpty();
        assertThat(config.gateways()).isEmpty();
        assertThat(ConfigSummary.lines(config)).anySatisfy(l -> assertThat(l).contains("venues:    0 in this file"))
                .anySatisfy(l -> assertThat(l).contains("gateways:  0 in this file. WARNING"));
    }

    @Test
    void absentKeysGetTheDocumentedDefaults() throws Exception {
        RegistryConfig config = valid("venues: [{id: v1, name: V}]", "gateways: [{id: gw-1, token: " + GW_TOKEN + "}]");

        assertThat(config.http()).isEqualTo(new HttpSettings(Defaults.HTTP_HOST, Defaults.HTTP_PORT));
        assertThat(config.store()).isEqualTo(new StoreConfig.Sqlite(dir.resolve(Defaults.SQLITE_PATH),
                Defaults.BUSY_TIMEOUT, Defaults.SQLITE_POOL_SIZE));
        assertThat(config.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(config.maxBatch()).isEqualTo(1000);
        assertThat(config.accounts()).isEmpty();
    }

    @Test
    void everyErrorIsCollectedInOnePassEachNamingKeyValueAndRule() throws Exception {
        List<ConfigError> errors = errors(
                "http: {host: 127.0.0.1, port: 70000}",
                "store: {kind: sqllite}",
                "retension: 30d",
                "retention: 30 days",
                "maxBatch: 0",
                "path: /tmp/x.db",
                "venues:",
                "  - {id: v-hanoi-0001, name: Hà Nội}",
                "  - {id: v-hanoi-0001, name: again}",
                "  - {id: \"bad id\", name: X}",
                "gateways:",
                "  - {id: gw-1, token: short}",
                "  - {id: GW_2, token: " + GW_TOKEN + "}",
                "accounts:",
                "  - {id: staff-1, role: staff, venues: [v-hanoi-001], token: " + STAFF_TOKEN + "}",
                "  - {id: admin, role: admin, venues: [v-hanoi-0001]}");

        assertThat(errors).extracting(ConfigError::key).contains("http.port", "store.kind", "retension", "retention",
                "maxBatch", "path", "venues[2].id", "venues[3].id", "gateways[1].token", "gateways[2].id",
                "accounts[1].role", "accounts[1].venues[1]", "accounts[2].venues", "accounts[2].token");
        String all = text(errors);
        assertThat(all).contains(
                "http.port: 70000 — a whole number from 0 to 65535",
                "store.kind: sqllite — one of sqlite, postgresql; did you mean 'sqlite'?",
                "retension: 30d — unknown key 'retension'; did you mean 'retention'?",
                "retention: 30 days — a duration such as",
                "maxBatch: 0 — a whole number from 1 to 10000",
                "path: /tmp/x.db — unknown key 'path' here; did you mean 'store.path'?",
                "venues[2].id: v-hanoi-0001 — venue id already used by venues[1]",
                "accounts[1].role: staff — one of venue-staff, venue-owner, ward-official, district-official, province-official, health-tracer, card-issuer, admin",
                "accounts[1].venues[1]: v-hanoi-001 — not one of the venues in this file (v-hanoi-0001); did you mean 'v-hanoi-0001'?",
                "accounts[2].venues: (list) — an admin sees every venue");
    }

    @Test
    void tokensPasswordsAndDigestsAreNeverEchoed() throws Exception {
        String badDigest = "abc123NOTHEX";
        List<ConfigError> errors = errors(
                "store: {kind: postgresql, url: \"jdbc:postgresql://u:pw-in-url@db/x\", user: q, password: \"${ENV:DB_PASSWORD}\", path: x}",
                "venues: [{id: v1, name: V}]",
                "gateways:",
                "  - {id: gw-1, token: tooShortTok}",
                "  - {id: gw-2, tokenSha256: " + badDigest + "}",
                "  - {id: gw-3, token: " + GW_TOKEN + "}",
                "  - {id: gw-4, token: \"" + GW_TOKEN + "\"}",
                "  - {id: gw-5, token: " + STAFF_TOKEN + ", tokenSha256: " + TokenDigest.sha256Hex(STAFF_TOKEN) + "}",
                "accounts:",
                "  - {id: a, role: admin, token: \"${ENV:NOT_SET_ANYWHERE}\"}");

        String all = text(errors);
        assertThat(errors).extracting(ConfigError::key).contains("gateways[1].token", "gateways[2].tokenSha256",
                "gateways[4].token", "gateways[5].tokenSha256", "accounts[1].token", "store.url", "store.path");
        assertThat(all).doesNotContain("tooShortTok", badDigest, GW_TOKEN, STAFF_TOKEN, TokenDigest.sha256Hex(STAFF_TOKEN),
                "s3cret-db-password", "pw-in-url");
        assertThat(all).contains("gateways[1].token: *** — 16 to 512 printable ASCII characters",
                "gateways[4].token: *** — the same token as gateways[3].token",
                "gateways[5].tokenSha256: *** — give token or tokenSha256, not both",
                "environment variable NOT_SET_ANYWHERE is not set",
                "store.path: x — only for kind: sqlite");
    }

    @Test
    void aPostgresqlStoreNeedsUrlAndUserAndTakesAnOptionalSchema() throws Exception {
        List<ConfigError> missing = errors("store: {kind: postgresql, schema: Bad-Schema}", "venues: [{id: v1, name: V}]",
                "gateways: [{id: gw-1, token: " + GW_TOKEN + "}]");
        RegistryConfig config = valid("store: {kind: postgresql, url: \"jdbc:postgresql://127.0.0.1:5432/test\", user: "
                + "postgres, password: \"${ENV:DB_PASSWORD}\", schema: qrgate}", "venues: [{id: v1, name: V}]",
                "gateways: [{id: gw-1, token: " + GW_TOKEN + "}]");

        assertThat(missing).extracting(ConfigError::key).containsExactly("store.url", "store.user", "store.schema");
        assertThat(config.store()).isEqualTo(new StoreConfig.Postgresql("jdbc:postgresql://127.0.0.1:5432/test",
                "postgres", Optional.of(new Secret("s3cret-db-password")), Optional.of("qrgate"),
                Defaults.BUSY_TIMEOUT, Defaults.POSTGRESQL_POOL_SIZE));
        assertThat(config.store().toString()).doesNotContain("s3cret-db-password");
    }

    @Test
    void aFileThatIsMissingEmptyOrNotYamlIsAnErrorNotAnException() throws Exception {
        ConfigLoad missing = loader.load(dir.resolve("nope.yaml"));
        List<ConfigError> empty = errors("");
        List<ConfigError> broken = errors("venues: [{id: v1", "  gateways: : x");
        List<ConfigError> list = errors("- a", "- b");

        assertThat(((ConfigLoad.Invalid) missing).errors()).singleElement()
                .satisfies(e -> assertThat(e.value()).isEqualTo("(not found)"));
        assertThat(empty).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("(empty file)"));
        assertThat(broken).singleElement().satisfies(e -> assertThat(e.rule()).startsWith("not valid YAML"));
        assertThat(list).singleElement().satisfies(e -> assertThat(e.rule()).contains("'key: value'"));
    }

    @Test
    void theExampleConfigIsValidOnceItsEnvironmentIsSet() throws Exception {
        Path example = Path.of("examples", "registry.yaml");
        Path copy = dir.resolve("registry.yaml");
        Files.copy(example, copy);
        RegistryConfigLoader withEnv = new RegistryConfigLoader(Map.of("QRGATE_GW1_TOKEN", GW_TOKEN,
                "QRGATE_STAFF1_TOKEN", STAFF_TOKEN, "QRGATE_ADMIN_TOKEN", ADMIN_TOKEN));

        ConfigLoad load = withEnv.load(copy);

        assertThat(load).as(load::toString).isInstanceOf(ConfigLoad.Valid.class);
        assertThat(ConfigSummary.lines(((ConfigLoad.Valid) load).config())).anySatisfy(l -> assertThat(l).contains("gw-1"))
                .noneSatisfy(l -> assertThat(l).contains(GW_TOKEN));
    }
}
