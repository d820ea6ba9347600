package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.trust.RevocationList;

class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AT = "2026-11-29T12:00:00+07:00";

    @TempDir
    Path dir;
    Path trust;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeTrustList() throws IOException {
        trust = dir.resolve("trust.jwks.json");
        Files.write(trust, TestVectors.resource("trust.jwks.json"));
        Files.setLastModifiedTime(trust, FileTime.from(TestVectors.AT.minus(Duration.ofDays(1))));
    }

    private int run(byte[] stdin, String... args) {
        InspectCommand command = new InspectCommand(new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).setErr(new java.io.PrintWriter(err, true)).execute(args);
    }

    private int run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyInputLineGetsAnOutputLineEvenEmptyOnesAndALastLineWithoutNewline() throws IOException {
        String input = TestVectors.text("cccd-ok-1") + "\r\n\nhello world\n" + TestVectors.text("bhyt17-ok");

        assertThat(run(input, "--at", AT)).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(lines.get(1).get("reason").asText()).isEqualTo("MALFORMED");
        assertThat(lines.get(2).get("reason").asText()).isEqualTo("UNSUPPORTED");
        assertThat(lines.get(3).get("kind").asText()).isEqualTo("BHYT");
    }

    @Test
    void detailExplainsARejectionWithoutQuotingIt() throws IOException {
        assertThat(run(TestVectors.text("wedge-mangled-cccd") + "\n", "--at", AT, "--detail")).isZero();

        JsonNode line = lines().get(0);
        assertThat(line.get("detail").asText()).contains("USB-COM/serial mode");
        assertThat(line.toString()).doesNotContain("058190001234");
    }

    @Test
    void aLineThatIsNotHexIsRejectedAndNamedOnStderr() throws IOException {
        assertThat(run("zz\n3035\n", "--hex", "--at", AT)).isZero();

        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0).get("reason").asText()).isEqualTo("MALFORMED");
        assertThat(stderr()).contains("line 1 is not hex");
    }

    @Test
    void withoutATrustListQg1IsAnUnknownKeyAndStderrSaysWhy() throws IOException {
        assertThat(run(TestVectors.text("qg1-ok") + "\n", "--at", AT)).isZero();

        assertThat(lines().get(0).get("reason").asText()).isEqualTo("UNKNOWN_KEY");
        assertThat(stderr()).contains("no --trust file");
    }

    @Test
    void anOldTrustFileWarnsThatItIsStale() throws IOException {
        assertThat(run(TestVectors.text("qg1-ok") + "\n", "--at", AT, "--trust", trust.toString(),
                "--trust-max-age", "12h")).isZero();

        assertThat(lines().get(0).get("warnings").get(0).asText()).isEqualTo("TRUST_LIST_STALE");
    }

    @Test
    void aRevokedKeyRejectsItsCodes() throws IOException {
        Path revoked = dir.resolve("revoked.json");
        Files.writeString(revoked, "{\"v\":1,\"keys\":[\"test-2026\"]}");

        assertThat(run(TestVectors.text("qg1-ok") + "\n", "--at", AT, "--trust", trust.toString(),
                "--revoked", revoked.toString())).isZero();

        assertThat(lines().get(0).get("reason").asText()).isEqualTo("REVOKED");
        assertThat(RevocationList.none().isEmpty()).isTrue();
    }

    @Test
    void aMissingOrBrokenTrustFileExitsWithTwoAndSaysWhich() throws IOException {
        assertThat(run("", "--trust", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(stderr()).contains("nope.json");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"a\",\"crv\":\"x\",\"x\":\"AA\"}]}");
        assertThat(run("", "--trust", broken.toString())).isEqualTo(2);
        assertThat(stderr()).contains("keys[0]", "OKP/Ed25519");
        assertThat(out.size()).isZero();
    }

    @Test
    void badOptionValuesNameTheValueAndWhatIsAllowed() {
        assertThat(run("", "--trust-max-age", "soon")).isEqualTo(2);
        assertThat(stderr()).contains("soon", "7d");
        assertThat(run("", "--zone", "Mars/Olympus")).isEqualTo(2);
        assertThat(stderr()).contains("Mars/Olympus", "Asia/Ho_Chi_Minh");
    }
}
