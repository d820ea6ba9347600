package vn.qrgate.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.registry.testing.TestEvents;

/** The registry as systemd runs it: the shaded jar, a config file, real HTTP, SIGTERM. */
class RegistryRunIT {

    private static final Path JAR = Paths.get("target", "qrgate-registry.jar");
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final String GATEWAY_TOKEN = "run-it-gateway-token-0123456789";
    private static final String STAFF_TOKEN = "run-it-staff-token-0123456789";

    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().put("QRGATE_GW_TOKEN", GATEWAY_TOKEN);
        return builder.start();
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
    }

    private URI awaitListening(Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = LISTENING.matcher(log());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the registry did not say where it listens:\n" + log());
    }

    private Path config() throws IOException {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, String.join("\n",
                "http: {host: 127.0.0.1, port: 0}",
                "store: {kind: sqlite, path: data.db}",
                "venues: [{id: " + TestEvents.VENUE + ", name: \"Chợ Đồng Xuân\"}]",
                "gateways: [{id: gw-1, token: \"${ENV:QRGATE_GW_TOKEN}\"}]",
                "accounts: [{id: staff-1, role: venue-staff, venues: [" + TestEvents.VENUE + "], token: " + STAFF_TOKEN + "}]",
                ""));
        return file;
    }

    @Test
    void theJarTakesABatchServesItMaskedAndStopsCleanlyOnSigterm() throws Exception {
        Process p = start("run", "--config", config().toString());
        try {
            URI base = awaitListening(p);
            HttpClient http = HttpClient.newHttpClient();
            List<Event> batch = new TestEvents("gate-01").batch(TestEvents.VENUE, TestEvents.AT, 3);
            String body = EventJson.encodeToString(new IngestRequest(batch));

            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/checkins"))
                    .header("Authorization", "Bearer " + GATEWAY_TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/venues/" + TestEvents.VENUE
                    + "/checkins")).header("Authorization", "Bearer " + STAFF_TOKEN).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
            assertThat(EventJson.decodeIngestResponse(posted.body()).accepted()).hasSize(3);
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode checkins = new ObjectMapper().readTree(read.body()).get("checkins");
            assertThat(checkins).hasSize(3);
            assertThat(read.body()).contains(TestEvents.PERSON_MASKED_NUMBER, TestEvents.PERSON_MASKED_NAME)
                    .doesNotContain(TestEvents.PERSON_FULL_FORMS);

            // Process.destroy() would do the same on Linux today, but the contract is the signal systemd sends.
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(p.exitValue()).as(log()).isEqualTo(143);
            assertThat(log()).contains("stopping", "registry stopped")
                    .doesNotContain(GATEWAY_TOKEN, STAFF_TOKEN, TestEvents.PERSON_NUMBER, "Trần", "Exception");
            assertThat(Files.exists(dir.resolve("data.db"))).isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void checkConfigOnABadFileExits2AndListsTheErrors() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "venues: [{id: \"bad id\", name: V}]\ngateways: [{id: gw-1, token: short}]\nretention: 1y\n");

        Process p = start("check-config", "--config", bad.toString());

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(log()).contains("3 errors", "venues[1].id: bad id", "gateways[1].token: ***", "retention: 1y").doesNotContain("short");
    }

    @Test
    void aPortInUseExits1WithAReasonAndCreatesNothing() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Path file = config();
            Files.writeString(file, Files.readString(file).replace("port: 0", "port: " + taken.getLocalPort()));

            Process p = start("run", "--config", file.toString());

            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log()).isEqualTo(1);
            assertThat(log()).contains("cannot start", "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }
}
