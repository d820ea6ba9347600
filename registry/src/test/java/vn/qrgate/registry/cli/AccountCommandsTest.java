package vn.qrgate.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.registry.config.ConfigLoad;
import vn.qrgate.registry.config.RegistryConfigLoader;
import vn.qrgate.registry.testing.AreaFiles;
import vn.qrgate.registry.testing.SigningKeys;
import vn.qrgate.registry.testing.TestRegistry;

/** {@code token} and {@code add-account} against the store of a registry that keeps running meanwhile. */
class AccountCommandsTest {

    private static final String ADMIN_TOKEN = "config-admin-token-0123456789";

    @TempDir
    Path dir;

    private Path config;
    private TestRegistry registry;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        config = dir.resolve("registry.yaml");
        SigningKeys.in(dir);
        Files.writeString(config, "http: {port: 0}\nvenues: [{id: v-hanoi-0001, name: Chợ Đồng Xuân}]\n"
                + "accounts: [{id: admin, role: admin, token: " + ADMIN_TOKEN + "}]\n"
                + "signing: {passphraseFile: " + SigningKeys.PASSPHRASE_FILE + "}\n");
        registry = TestRegistry.start(((ConfigLoad.Valid) new RegistryConfigLoader(java.util.Map.of()).load(config)).config());
        registry.importAreas(AreaFiles.DA_NANG_2021);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = RegistryMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void a_printed_district_official_token_is_accepted_by_the_running_registry() {
        int status = run("token", "--config", config.toString(), "--role", "district-official", "--area", "492",
                "--valid-days", "7");

        assertThat(status).as(err.toString()).isZero();
        String token = out.toString().strip();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(err.toString()).contains("district-official, area 492", "valid until").doesNotContain(token);
        HttpResponse<String> me = registry.get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"role\":\"district-official\"", "\"code\":\"492\"");
    }

    @Test
    void a_venue_staff_token_reads_its_config_venue() {
        assertThat(run("token", "-c", config.toString(), "--role", "venue-staff", "--venue", "v-hanoi-0001")).isZero();

        String token = out.toString().strip();

        assertThat(registry.checkins("v-hanoi-0001", token, "").statusCode()).isEqualTo(200);
    }

    @Test
    void bad_options_name_the_option_the_value_and_what_is_allowed() {
        assertThat(run("token", "-c", config.toString(), "--role", "mayor")).isEqualTo(2);
        assertThat(err.toString()).contains("--role 'mayor' is wrong; allowed: one of venue-staff", "Nothing was stored");

        assertThat(run("token", "-c", config.toString(), "--role", "ward-official", "--area", "77777")).isEqualTo(2);
        assertThat(err.toString()).contains("--area '77777' is wrong; allowed: the code of an imported area");

        assertThat(run("token", "-c", config.toString(), "--role", "ward-official")).isEqualTo(2);
        assertThat(err.toString()).contains("--area is missing");

        assertThat(run("token", "-c", config.toString(), "--role", "venue-owner", "--venue", "V48-000001")).isEqualTo(2);
        assertThat(err.toString()).contains("--venue 'V48-000001' is wrong; allowed: a venue id of the config");

        assertThat(run("token", "-c", config.toString(), "--role", "admin", "--venue", "v-hanoi-0001")).isEqualTo(2);
        assertThat(err.toString()).contains("--venue 'v-hanoi-0001' is wrong; allowed: nothing");

        assertThat(run("token", "-c", config.toString(), "--role", "admin", "--valid-days", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--valid-days '0' is wrong; allowed: a whole number from 1 to 3650");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void add_account_makes_the_first_admin_who_then_logs_in_by_sms_code() {
        int status = run("add-account", "--config", config.toString(), "--phone", "+84 905 123 456", "--role", "admin");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("phone 09******56 is admin").doesNotContain("0905123456");
        String session = registry.login("0905123456");
        assertThat(registry.get("/api/v1/accounts", session).statusCode()).isEqualTo(200);
    }

    @Test
    void add_account_refuses_a_bad_phone_a_venue_role_and_a_missing_area_without_storing() {
        assertThat(run("add-account", "-c", config.toString(), "--phone", "0243123456", "--role", "admin")).isEqualTo(2);
        assertThat(err.toString()).contains("--phone starts with 02, not a mobile prefix").doesNotContain("0243123456");

        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "venue-owner"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--role 'venue-owner' is wrong; allowed: admin, health-tracer");

        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "ward-official"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--area is missing");

        assertThat(registry.get("/api/v1/accounts", ADMIN_TOKEN).body()).isEqualTo("{\"accounts\":[]}");
    }

    @Test
    void a_card_issuer_needs_an_organisation_and_its_cards_carry_it() {
        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "card-issuer")).isEqualTo(2);
        assertThat(err.toString()).contains("--organisation", "allowed: the organisation's name");
        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "admin",
                "--organisation", "Trường A")).isEqualTo(2);
        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "citizen")).isEqualTo(2);

        assertThat(run("add-account", "-c", config.toString(), "--phone", "0905123456", "--role", "card-issuer",
                "--organisation", "Trường THPT Phan Châu Trinh")).as(err.toString()).isZero();

        String session = registry.login("0905123456");
        HttpResponse<String> issued = registry.request("POST", "/api/v1/cards", session, "{\"document\":\"048210000001\","
                + "\"name\":\"Nguyễn Văn An\",\"birthDate\":\"2010-03-01\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.body()).contains("\"issuer\":\"Trường THPT Phan Châu Trinh\"");
    }

    @Test
    void help_lists_both_commands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("add-account", "token");
        assertThat(run("token", "--help")).isZero();
        assertThat(out.toString()).contains("--valid-days=N", "TOKEN=$(qrgate-registry token");
    }
}
