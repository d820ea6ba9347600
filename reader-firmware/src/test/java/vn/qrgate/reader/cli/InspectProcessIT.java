package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.TestVectors;

/** {@code inspect} as a technician runs it: the built jar, a real process, stdin and stdout. */
class InspectProcessIT {

    private static final Path JAR = Paths.get("target", "qrgate-reader.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path trust;

    @BeforeAll
    static void writeTrustList() throws IOException {
        assertThat(JAR).as("built jar (run after mvn package)").exists();
        trust = dir.resolve("trust.jwks.json");
        Files.write(trust, TestVectors.resource("trust.jwks.json"));
    }

    @Test
    void everyVectorGivesOneCorrectJsonLineInOrder() throws Exception {
        List<TestVectors.Row> rows = TestVectors.rows();
        StringBuilder stdin = new StringBuilder();
        for (TestVectors.Row row : rows) {
            stdin.append(HexFormat.of().formatHex(row.input())).append('\n');
        }

        Run run = run(stdin.toString().getBytes(StandardCharsets.US_ASCII),
                "inspect", "--hex", "--at", "2026-11-29T12:00:00+07:00", "--trust", trust.toString());

        assertThat(run.exit).as("exit status; stderr: %s", run.stderr).isZero();
        List<String> lines = run.stdoutLines();
        assertThat(lines).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TestVectors.Row row = rows.get(i);
            JsonNode out = JSON.readTree(lines.get(i));
            assertThat(fieldNames(out)).as(row.id()).containsExactly("kind", "decision", "reason", "warnings", "masked");
            assertThat(out.get("kind").asText()).as(row.id()).isEqualTo(row.kind().name());
            assertThat(out.get("decision").asText()).as(row.id()).isEqualTo(row.decision());
            if (row.decision().equals("ACCEPTED")) {
                assertThat(out.get("reason").isNull()).as(row.id()).isTrue();
                assertThat(out.get("masked").isObject()).as(row.id()).isTrue();
                List<String> warnings = new ArrayList<>();
                out.get("warnings").forEach(w -> warnings.add(w.asText()));
                assertThat(warnings).as(row.id())
                        .isEqualTo(row.reasonOrWarning().isEmpty() ? List.of() : List.of(row.reasonOrWarning()));
            } else {
                assertThat(out.get("reason").asText()).as(row.id()).isEqualTo(row.reasonOrWarning());
                assertThat(out.get("masked").isNull()).as(row.id()).isTrue();
            }
        }
    }

    @Test
    void plainTextInputPrintsOnlyMaskedPersonalData() throws Exception {
        List<TestVectors.Row> rows = TestVectors.rows().stream().filter(r -> r.decision().equals("ACCEPTED")).toList();
        ByteArrayOutputStream stdin = new ByteArrayOutputStream();
        for (TestVectors.Row row : rows) {
            stdin.write(row.input());
            stdin.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        Run run = run(stdin.toByteArray(), "inspect", "--at", "2026-11-29T05:00:00Z", "--trust", trust.toString());

        assertThat(run.exit).as("stderr: %s", run.stderr).isZero();
        assertThat(run.stdoutLines()).hasSize(rows.size());
        CodeValidator validator = TestVectors.validator();
        for (int i = 0; i < rows.size(); i++) {
            Identity who = ((CodeResult.Accepted) validator.validate(rows.get(i).input())).subject().identity();
            String line = run.stdoutLines().get(i);
            assertThat(line).as(rows.get(i).id())
                    .doesNotContain(who.documentNumber())
                    .doesNotContain(who.name())
                    .doesNotContain(who.name().toUpperCase(java.util.Locale.ROOT))
                    .doesNotContain(who.birthDate().toString())
                    .contains("\"decision\":\"ACCEPTED\"")
                    .contains("******");
            if (who.phone() != null) {
                assertThat(line).doesNotContain(who.phone());
            }
        }
        assertThat(run.stdoutLines().get(0)).contains("\"name\":\"T. T. BÌNH\"", "\"birthDate\":\"**/**/1990\"",
                "\"documentNumber\":\"******001234\"");
    }

    @Test
    void aBadOptionValueIsNamedAndExitsWithTwo() throws Exception {
        Run run = run(new byte[0], "inspect", "--at", "yesterday");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.stderr).contains("--at", "yesterday", "2026-11-29T12:00:00+07:00");
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void helpExplainsEveryOption() throws Exception {
        Run run = run(new byte[0], "inspect", "--help");

        assertThat(run.exit).isZero();
        assertThat(run.stdout).contains("--at", "--trust", "--hex", "--zone", "--revoked", "--trust-max-age", "--detail",
                "one JSON object per line");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Run run(byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                // A POSIX locale must not turn Vietnamese letters into '?'.
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.toHandle();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("inspect finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String stdout, String stderr) {
        List<String> stdoutLines() {
            return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n"));
        }
    }
}
