package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.testing.PrivateMosquitto;

/**
 * {@code ./qrgate demo} as a newcomer runs it: the demo jar as a process with its embedded broker;
 * codes pasted on standard input or replayed from a file; the check-ins read back with the facts the
 * demo wrote to demo.env; SIGTERM stops it cleanly.
 */
class DemoRunIT {

    private static final String AT = "2026-11-29T12:00:00+07:00";

    @Test
    void aPastedCccdLineIsReadableMaskedWithTheTokenFromDemoEnv(@TempDir Path dir) throws Exception {
        String code = SampleCodes.cccd().get(0);
        Process demo = start(dir, List.of());
        try {
            Map<String, String> env = awaitEnv(dir, demo);
            try (OutputStream stdin = demo.getOutputStream()) {
                stdin.write((code + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                JsonNode checkins = awaitCheckins(env, 1, dir);
                JsonNode only = checkins.get(0);
                assertThat(only.get("decision").asText()).isEqualTo("ACCEPTED");
                assertThat(only.get("kind").asText()).isEqualTo("CCCD");
                assertThat(only.get("subject").get("documentNumber").asText())
                        .isEqualTo("******" + SampleCodes.documentNumber(code).substring(6));
                assertThat(checkins.toString()).doesNotContain(SampleCodes.documentNumber(code))
                        .doesNotContain(SampleCodes.name(code));
            }
            String console = stopAndReadConsole(demo, dir);
            assertThat(console).contains("curl -s -H 'Authorization: Bearer " + env.get("DEMO_TOKEN") + "' "
                    + env.get("REGISTRY_URL") + "/api/v1/venues/" + env.get("DEMO_VENUE_ID") + "/checkins");
            assertThat(console).contains("ACCEPTED CCCD").doesNotContain(SampleCodes.documentNumber(code));
            assertThat(console).contains("Stopped.");
        } finally {
            demo.destroyForcibly();
        }
    }

    @Test
    void theConsoleIsServedAndAPrintedPhoneLogsInWithTheCodePrintedAsAnSms(@TempDir Path dir) throws Exception {
        Process demo = start(dir, List.of());
        try {
            Map<String, String> env = awaitEnv(dir, demo);
            String registry = env.get("REGISTRY_URL");
            HttpClient http = HttpClient.newHttpClient();
            assertThat(Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8))
                    .contains(registry + "/console/", "0901000003  district official, Hải Châu",
                            registry + "/c/" + env.get("DEMO_VENUE_ID"));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(registry + "/console/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");

            assertThat(post(http, registry + "/api/v1/login/code", "{\"phone\":\"0901000003\"}", null).statusCode())
                    .isEqualTo(202);
            String[] code = new String[1];
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("SMS to 09\\*{6}03: \\D*(\\d{6})")
                        .matcher(Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8));
                if (m.find()) {
                    code[0] = m.group(1);
                }
                return code[0] != null;
            });
            HttpResponse<String> login = post(http, registry + "/api/v1/login/verify",
                    "{\"phone\":\"0901000003\",\"code\":\"" + code[0] + "\"}", null);
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String token = new ObjectMapper().readTree(login.body()).get("token").asText();
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(registry + "/api/v1/stats"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
            JsonNode report = new ObjectMapper().readTree(stats.body());
            assertThat(report.get("area").get("code").asText()).isEqualTo("492");
            assertThat(report.get("children")).hasSize(9);
            assertThat(report.get("totals").get("venues").asInt()).isEqualTo(3);
            stopAndReadConsole(demo, dir);
        } finally {
            demo.destroyForcibly();
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReplayAtAFixedInstantGivesTheSameDecisionsEveryTime(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(SampleCodes.cccd().subList(0, 20));
        lines.add("hello world");
        Path replay = dir.resolve("replay.txt");
        Files.write(replay, lines, StandardCharsets.UTF_8);
        Process demo = start(dir, List.of("--replay", replay.toString(), "--rate", "50", "--at", AT));
        try {
            Map<String, String> env = awaitEnv(dir, demo);
            JsonNode checkins = awaitCheckins(env, lines.size(), dir);
            long accepted = 0;
            for (JsonNode checkin : checkins) {
                if (checkin.get("decision").asText().equals("ACCEPTED")) {
                    accepted++;
                    // The demo clock started at AT, and the scans say so.
                    assertThat(checkin.get("scannedAt").asText()).startsWith("2026-11-29T12:00");
                    assertThat(checkin.get("clockSynced").asBoolean()).isFalse();
                }
            }
            assertThat(accepted).isEqualTo(20);
            assertThat(checkins.get(0).get("reason").asText()).isEqualTo("UNSUPPORTED");
            assertThat(stopAndReadConsole(demo, dir)).contains("Replay finished: 21 codes scanned");
        } finally {
            demo.destroyForcibly();
        }
    }

    private static Process start(Path dir, List<String> extra) throws IOException {
        Path jar = ChainSite.projectRoot().resolve("demo/target/qrgate-demo.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.toString(), "--data", dir.resolve("data").toString(),
                "--mqtt-port", Integer.toString(PrivateMosquitto.freePort()),
                "--registry-port", Integer.toString(PrivateMosquitto.freePort()),
                "--gateway-port", Integer.toString(PrivateMosquitto.freePort())));
        command.addAll(extra);
        return new ProcessBuilder(command)
                .redirectOutput(dir.resolve("console.txt").toFile())
                .redirectError(dir.resolve("log.txt").toFile())
                .start();
    }

    private static Map<String, String> awaitEnv(Path dir, Process demo) throws Exception {
        Path env = dir.resolve("data/demo.env");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!demo.isAlive()) {
                throw new AssertionError("the demo exited with " + demo.exitValue() + ":\n" + Files.readString(dir.resolve("log.txt")));
            }
            return Files.exists(env);
        });
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(env)) {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        assertThat(values).containsKeys("REGISTRY_URL", "DEMO_VENUE_ID", "DEMO_DEVICE_ID", "DEMO_TOKEN");
        return values;
    }

    private static JsonNode awaitCheckins(Map<String, String> env, int count, Path dir) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(env.get("REGISTRY_URL") + "/api/v1/venues/"
                        + env.get("DEMO_VENUE_ID") + "/checkins?limit=1000"))
                .header("Authorization", "Bearer " + env.get("DEMO_TOKEN")).build();
        JsonNode[] last = new JsonNode[1];
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                last[0] = new ObjectMapper().readTree(response.body()).get("checkins");
                return last[0].size() >= count;
            });
        } catch (Throwable e) {
            throw new AssertionError("check-ins did not arrive; demo log:\n" + Files.readString(dir.resolve("log.txt")), e);
        }
        Thread.sleep(500);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode checkins = new ObjectMapper().readTree(response.body()).get("checkins");
        assertThat(checkins.size()).isEqualTo(count);
        return checkins;
    }

    private static String stopAndReadConsole(Process demo, Path dir) throws Exception {
        new ProcessBuilder("kill", "-TERM", Long.toString(demo.pid())).start().waitFor();
        assertThat(demo.waitFor(30, TimeUnit.SECONDS)).as("the demo stops within 30 s of SIGTERM").isTrue();
        return Files.readString(dir.resolve("console.txt"), StandardCharsets.UTF_8);
    }
}
