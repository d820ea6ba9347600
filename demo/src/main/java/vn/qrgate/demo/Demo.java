package vn.qrgate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.app.AgentWiring;
import vn.qrgate.reader.app.ReaderAssembly;

/** Starts the broker, registry, gateway and reader in that order, and stops them in the reverse one. */
final class Demo {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);

    record Settings(Path data, Optional<Path> replay, double rate, Optional<OffsetDateTime> at,
                    int mqttPort, int registryPort, int gatewayPort) {
    }

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    static int run(Settings settings, PrintStream out, InputStream stdin) throws IOException, InterruptedException {
        Demo demo = new Demo();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            demo.stopAll(out);
            stopped.countDown();
        }, "demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            demo.start(settings, out, stdin);
        } catch (RuntimeException e) {
            LOG.error("the demo could not start: {}", e.toString(), e);
            out.println("The demo could not start: " + e.getMessage());
            Runtime.getRuntime().removeShutdownHook(hook);
            demo.stopAll(out);
            return 1;
        }
        stopped.await();
        return 0;
    }

    private void start(Settings s, PrintStream out, InputStream stdin) throws IOException {
        Files.createDirectories(s.data());
        Path env = s.data().resolve("demo.env");
        Files.deleteIfExists(env);
        DemoPorts ports = new DemoPorts();
        int mqtt = ports.choose("MQTT", 1883, s.mqttPort());
        int registryPort = ports.choose("registry API", 8080, s.registryPort());
        int gatewayPort = ports.choose("gateway /health and /metrics", 9080, s.gatewayPort());
        ports.notes().forEach(note -> out.println("Note: " + note + "."));
        Clock clock = s.at()
                .map(at -> Clock.offset(Clock.system(AgentWiring.VENUE_ZONE), Duration.between(Instant.now(), at.toInstant())))
                .orElse(Clock.system(AgentWiring.VENUE_ZONE));
        Path registryDatabase = DemoConfigs.registryDatabase(s.data());
        Files.createDirectories(registryDatabase.getParent());
        DemoSeed.Seeded seed = DemoSeed.prepare(registryDatabase, clock, DemoConfigs.DEVICE);
        DemoConfigs configs = DemoConfigs.write(s.data(), seed, mqtt, registryPort, gatewayPort);

        out.println("Starting the MQTT broker (embedded HiveMQ CE) on port " + mqtt + " ...");
        running.push(EmbeddedBroker.start(s.data().resolve("broker"), "127.0.0.1", mqtt));
        out.println("Starting the registry on port " + registryPort + " ...");
        running.push(DemoParts.registry(configs.registry, clock, (to, text) -> {
            // The demo's SMS gateway is this window: the code is what the person would read on their phone.
            out.println("SMS to " + to.masked() + ": " + text);
            out.flush();
        }));
        out.println("Starting the gateway ...");
        running.push(DemoParts.gateway(configs.gateway, clock));

        Optional<ReplayFeed> feed = s.replay().map(file -> new ReplayFeed(file, s.rate(),
                sent -> out.println("Replay finished: " + sent + " codes scanned. Ctrl-C stops the demo.")));
        InputStream scanner = feed.<InputStream>map(ReplayFeed::input).orElse(stdin);
        Runnable onEnd = feed.isPresent() ? () -> { }
                : () -> out.println("Standard input ended: no more scans. The rest keeps running until Ctrl-C.");
        out.println("Starting the reader " + DemoConfigs.DEVICE + " ...");
        ReaderAssembly reader = DemoParts.reader(configs.reader, clock, s.at().isPresent(), scanner, onEnd,
                new ConsoleScanPrinter(out));
        running.push(reader);
        feed.ifPresent(running::push);

        String registryUrl = "http://127.0.0.1:" + registryPort;
        writeEnv(env, registryUrl, configs, mqtt, gatewayPort);
        printBanner(out, s, configs, seed, registryUrl, mqtt, gatewayPort, feed);
        feed.ifPresent(ReplayFeed::start);
    }

    private static void writeEnv(Path env, String registryUrl, DemoConfigs c, int mqtt, int gatewayPort) throws IOException {
        String text = "REGISTRY_URL=" + registryUrl + "\n"
                + "DEMO_VENUE_ID=" + c.venue + "\n"
                + "DEMO_DEVICE_ID=" + DemoConfigs.DEVICE + "\n"
                + "DEMO_TOKEN=" + c.staffToken + "\n"
                + "GATEWAY_URL=http://127.0.0.1:" + gatewayPort + "\n"
                + "MQTT_URI=tcp://127.0.0.1:" + mqtt + "\n";
        // Written whole and then renamed: a script that waits for the file never reads half of it.
        Path temp = env.resolveSibling("demo.env.tmp");
        Files.writeString(temp, text);
        Files.move(temp, env, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void printBanner(PrintStream out, Settings s, DemoConfigs c, DemoSeed.Seeded seed, String registryUrl,
                                    int mqtt, int gatewayPort, Optional<ReplayFeed> feed) {
        String list = registryUrl + "/api/v1/venues/" + c.venue + "/checkins";
        out.println();
        out.println("QR Gate demo is ready.");
        out.println("  web console    " + registryUrl + "/console/   (Vietnamese; English at the top right)");
        out.println("                 log in with one of these phone numbers; the one-time code appears here as \"SMS to …\":");
        seed.logins().forEach(l -> out.println("                   " + l.phone() + "  " + l.who()));
        out.println("  self check-in  " + registryUrl + "/c/" + c.venue + "   (what the venue poster's QR opens)");
        out.println("  venue " + c.venue + " (Chợ Hàn), reader " + DemoConfigs.DEVICE + ", gate simulated, direction IN");
        out.println("  registry API   " + list);
        out.println("  gateway        http://127.0.0.1:" + gatewayPort + "/health   http://127.0.0.1:" + gatewayPort + "/metrics");
        out.println("  MQTT broker    tcp://127.0.0.1:" + mqtt);
        out.println("  configs        " + c.registry + "\n                 " + c.gateway + "\n                 " + c.reader);
        s.at().ifPresent(at -> out.println("  clock          started at " + at));
        out.println();
        out.println("The venue's check-ins, newest first, masked as venue staff see them:");
        out.println("  curl -s -H 'Authorization: Bearer " + c.staffToken + "' " + list);
        out.println("The same values are in " + s.data().resolve("demo.env")
                + " (in another terminal: set -a; . " + s.data().resolve("demo.env") + "; set +a).");
        out.println();
        if (feed.isPresent()) {
            out.println("Replaying " + feed.get().size() + " codes from " + s.replay().get() + " at " + s.rate() + " per second.");
        } else {
            out.println("Scan: paste a code and press Enter (samples: demo/samples/codes.txt). Ctrl-C stops the demo.");
        }
        out.flush();
    }

    private synchronized void stopAll(PrintStream out) {
        if (running.isEmpty()) {
            return;
        }
        out.println("Stopping the demo ...");
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
        out.println("Stopped. Data is kept in the data folder; the next run continues from it.");
        out.flush();
    }
}
