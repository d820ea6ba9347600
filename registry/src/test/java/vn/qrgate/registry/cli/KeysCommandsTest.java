package vn.qrgate.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.subject.Qg1Subject;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;

/** {@code keys list|rotate|export-trust} and {@code issue}, checked with the readers' own verifier. */
class KeysCommandsTest {

    private static final String PASSPHRASE = "correct horse battery staple";
    private static final String DOC = "001203004567";
    private static final String NAME = "Nguyễn Văn An";

    @TempDir
    Path dir;

    private Path config;
    private final Map<String, String> env = new HashMap<>(Map.of("QRGATE_SIGNING_PASSPHRASE", PASSPHRASE));
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void config() throws Exception {
        config = dir.resolve("registry.yaml");
        Files.writeString(config, "http: {port: 0}\n");
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = RegistryMain.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String issue(String... more) {
        String[] args = new String[] {"issue", "--config", config.toString(), "--doc", DOC, "--name", NAME, "--dob", "2003-03-12"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        assertThat(run(all)).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain(DOC, NAME);
        return out.toString().strip();
    }

    private String exportTrust() {
        assertThat(run("keys", "export-trust", "--config", config.toString())).as(err.toString()).isZero();
        return out.toString();
    }

    private static CodeResult verify(String code, String jwks) {
        CodeValidator validator = new CodeValidator(Clock.systemUTC(),
                TrustFiles.parseJwks(jwks.getBytes(StandardCharsets.UTF_8), Optional.of(Instant.now())),
                RevocationList.none(), Optional.empty());
        return validator.validate(code);
    }

    private String rotate() {
        assertThat(run("keys", "rotate", "--config", config.toString())).as(err.toString()).isZero();
        return out.toString().strip();
    }

    @Test
    void an_issued_code_verifies_with_the_exported_trust_list_and_carries_the_claims_as_given() {
        String kid = rotate();
        assertThat(kid).matches("qg1-\\d{4}-\\d{2}-\\d{2}-[0-9a-f]{4}");

        String code = issue("--valid-days", "30");

        assertThat(code).startsWith("QG1:").doesNotContain("=");
        CodeResult result = verify(code, exportTrust());
        assertThat(result).isInstanceOf(CodeResult.Accepted.class);
        Qg1Subject subject = (Qg1Subject) ((CodeResult.Accepted) result).subject();
        assertThat(subject.keyId()).isEqualTo(kid);
        assertThat(subject.documentNumber()).isEqualTo(DOC);
        assertThat(subject.name()).isEqualTo(NAME);
        assertThat(subject.birthDate()).isEqualTo(LocalDate.of(2003, 3, 12));
        assertThat(Duration.between(subject.issuedAt(), subject.expiresAt())).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void after_rotate_old_codes_still_verify_and_new_codes_carry_the_new_key() {
        String first = rotate();
        String before = issue();

        String second = rotate();
        assertThat(second).isNotEqualTo(first);
        assertThat(err.toString()).contains(first + " is retired");
        String after = issue();
        String jwks = exportTrust();

        assertThat(jwks).contains(first, second);
        assertThat(((Qg1Subject) ((CodeResult.Accepted) verify(before, jwks)).subject()).keyId()).isEqualTo(first);
        assertThat(((Qg1Subject) ((CodeResult.Accepted) verify(after, jwks)).subject()).keyId()).isEqualTo(second);

        assertThat(run("keys", "list", "--config", config.toString())).isZero();
        assertThat(out.toString().lines().toList()).hasSize(2)
                .anySatisfy(l -> assertThat(l).startsWith(first + "\tretired\t"))
                .anySatisfy(l -> assertThat(l).startsWith(second + "\tactive\t"));
        assertThat(out.toString()).doesNotContain("sealed", "salt");
    }

    @Test
    void revoke_marks_a_retired_key_revoked_refuses_the_active_one_and_needs_no_passphrase() {
        String first = rotate();
        assertThat(run("keys", "revoke", "--config", config.toString(), first)).isEqualTo(1);
        assertThat(err.toString()).contains("is the active key", "keys rotate");
        rotate();
        env.remove("QRGATE_SIGNING_PASSPHRASE");

        assertThat(run("keys", "revoke", "--config", config.toString(), first)).as(err.toString()).isZero();

        assertThat(run("keys", "list", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains(first + "\trevoked\t");
        assertThat(exportTrust()).contains(first);
        assertThat(run("keys", "revoke", "--config", config.toString(), "qg1-nope")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no key qg1-nope");
    }

    @Test
    void a_tampered_code_is_a_bad_signature() {
        rotate();
        String code = issue();
        String jwks = exportTrust();
        int dot = code.indexOf('.');
        String claims = new String(java.util.Base64.getUrlDecoder().decode(code.substring(4, dot)), StandardCharsets.UTF_8);
        String forged = claims.replace("2003-03-12", "2003-03-13");
        String tampered = "QG1:" + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + code.substring(dot);

        CodeResult result = verify(tampered, jwks);

        assertThat(result).isInstanceOfSatisfying(CodeResult.Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(Reason.BAD_SIGNATURE));
    }

    @Test
    void the_key_file_is_owner_only_next_to_the_config() throws Exception {
        rotate();
        Path keyFile = dir.resolve("signing-keys.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void a_group_readable_key_file_is_refused_naming_the_file_mode_and_fix() throws Exception {
        rotate();
        Path keyFile = dir.resolve("signing-keys.json");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r-----"));

        assertThat(run("keys", "list", "--config", config.toString())).isEqualTo(1);

        assertThat(err.toString()).contains(keyFile.toString(), "rw-r-----", "chmod 600").doesNotContain("Exception");
    }

    @Test
    void a_wrong_passphrase_is_a_clear_error() {
        rotate();
        env.put("QRGATE_SIGNING_PASSPHRASE", "not the passphrase");

        assertThat(run("issue", "--config", config.toString(), "--doc", DOC, "--name", NAME, "--dob", "2003-03-12"))
                .isEqualTo(1);

        assertThat(err.toString()).contains("the passphrase does not open " + dir.resolve("signing-keys.json"))
                .doesNotContain("Exception", "\tat ", DOC, NAME);
        assertThat(out.toString()).isEmpty();
        assertThat(run("keys", "rotate", "--config", config.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the passphrase does not open");
    }

    @Test
    void a_missing_passphrase_names_the_variable_and_the_config_key() {
        env.clear();

        assertThat(run("keys", "rotate", "--config", config.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("QRGATE_SIGNING_PASSPHRASE", "signing.passphraseFile");
    }

    @Test
    void a_passphrase_file_everyone_may_read_is_refused_naming_the_mode_and_the_fix() throws Exception {
        env.clear();
        Path file = Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(config, "http: {port: 0}\nsigning: {passphraseFile: passphrase.txt}\n");

        assertThat(run("keys", "rotate", "--config", config.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("passphrase.txt", "rw-r--r--", "chmod 600").doesNotContain(PASSPHRASE);
        assertThat(Files.exists(dir.resolve("signing-keys.json"))).isFalse();
    }

    @Test
    void the_passphrase_may_come_from_the_file_the_config_names() throws Exception {
        env.clear();
        Files.writeString(dir.resolve("passphrase.txt"), PASSPHRASE + "\n");
        Files.setPosixFilePermissions(dir.resolve("passphrase.txt"), PosixFilePermissions.fromString("rw-r-----"));
        Files.writeString(config, "http: {port: 0}\nsigning: {keyFile: keys/ring.json, passphraseFile: passphrase.txt}\n");
        Files.createDirectory(dir.resolve("keys"));

        rotate();
        String code = issue();

        assertThat(Files.exists(dir.resolve("keys/ring.json"))).isTrue();
        assertThat(verify(code, exportTrust())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void issuing_without_an_active_key_says_to_rotate() {
        assertThat(run("issue", "--config", config.toString(), "--doc", DOC, "--name", NAME, "--dob", "2003-03-12"))
                .isEqualTo(1);

        assertThat(err.toString()).contains("no active signing key", "keys rotate --config " + config);
    }

    @Test
    void bad_options_name_the_option_and_the_rule_without_echoing_the_document_number() {
        rotate();
        String c = config.toString();

        assertThat(run("issue", "-c", c, "--doc", "991203004567", "--name", NAME, "--dob", "2003-03-12")).isEqualTo(2);
        assertThat(err.toString()).contains("--doc", "CCCD").doesNotContain("991203004567");

        assertThat(run("issue", "-c", c, "--doc", "12345", "--name", NAME, "--dob", "2003-03-12")).isEqualTo(2);
        assertThat(err.toString()).contains("--doc").doesNotContain("12345");

        assertThat(run("issue", "-c", c, "--doc", DOC, "--name", "R2-D2", "--dob", "2003-03-12")).isEqualTo(2);
        assertThat(err.toString()).contains("--name", "letters");

        assertThat(run("issue", "-c", c, "--doc", DOC, "--name", NAME, "--dob", "2003-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("--dob", "YYYY-MM-DD");

        assertThat(run("issue", "-c", c, "--doc", DOC, "--name", NAME, "--dob", "2999-01-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--dob", "past");

        assertThat(run("issue", "-c", c, "--doc", DOC, "--name", NAME, "--dob", "12/03/2003")).isEqualTo(2);
        assertThat(err.toString()).contains("--dob");

        for (String days : new String[] {"0", "3651"}) {
            assertThat(run("issue", "-c", c, "--doc", DOC, "--name", NAME, "--dob", "2003-03-12", "--valid-days", days))
                    .isEqualTo(2);
            assertThat(err.toString()).contains("--valid-days", "'" + days + "'", "1 to 3650");
        }
        assertThat(run("issue", "-c", c, "--doc", DOC, "--name", NAME, "--dob", "2003-03-12", "--valid-days", "ten"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--valid-days");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_cmnd_number_is_accepted() {
        rotate();
        assertThat(run("issue", "-c", config.toString(), "--doc", "260123456", "--name", NAME, "--dob", "2003-03-12"))
                .as(err.toString()).isZero();
        String code = out.toString().strip();

        assertThat(((Qg1Subject) ((CodeResult.Accepted) verify(code, exportTrust())).subject()).documentNumber())
                .isEqualTo("260123456");
    }

    @Test
    void no_log_line_holds_the_document_number_or_the_name() {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logs =
                new ch.qos.logback.core.read.ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            rotate();
            issue();
            run("issue", "-c", config.toString(), "--doc", "991203004567", "--name", NAME, "--dob", "2003-03-12");
            env.put("QRGATE_SIGNING_PASSPHRASE", "wrong");
            run("issue", "-c", config.toString(), "--doc", DOC, "--name", NAME, "--dob", "2003-03-12");
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(DOC, "991203004567", NAME));
    }

    @Test
    void export_trust_and_list_need_no_passphrase() {
        rotate();
        env.clear();

        assertThat(run("keys", "list", "--config", config.toString())).isZero();
        assertThat(run("keys", "export-trust", "--config", config.toString())).isZero();
        assertThat(out.toString()).contains("\"kty\" : \"OKP\"", "\"crv\" : \"Ed25519\"");
    }
}
