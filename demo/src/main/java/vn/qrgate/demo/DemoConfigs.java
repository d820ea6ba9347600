package vn.qrgate.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes the demo's config files, in the very formats the reader, gateway and registry read in
 * production, so a newcomer can open them and see what a deployment needs. Tokens are new on each run:
 * they are configuration, not data, and a stale one in an old file would only confuse.
 */
final class DemoConfigs {

    static final String DEVICE = "demo-kiosk-01";
    static final String GATEWAY = "demo-gateway";

    final Path dir;
    final Path registry;
    final Path gateway;
    final Path reader;
    final String gatewayToken;
    final String staffToken;
    final String venue;

    private DemoConfigs(Path dir, DemoSeed.Seeded seed) {
        this.dir = dir;
        this.registry = dir.resolve("registry/registry.yaml");
        this.gateway = dir.resolve("gateway/gateway.yaml");
        this.reader = dir.resolve("reader/reader.yaml");
        this.gatewayToken = token();
        this.staffToken = seed.staffToken();
        this.venue = seed.gateVenue().value();
    }

    /** Where the registry keeps its data: what {@link DemoSeed} fills before the registry starts. */
    static Path registryDatabase(Path dir) {
        return dir.resolve("registry/registry.db");
    }

    static DemoConfigs write(Path dir, DemoSeed.Seeded seed, int mqttPort, int registryPort, int gatewayPort) {
        DemoConfigs c = new DemoConfigs(dir, seed);
        try {
            Files.createDirectories(c.registry.getParent());
            Files.createDirectories(c.gateway.getParent());
            Files.createDirectories(c.reader.getParent());
            copyResource("/samples/trust.jwks.json", c.reader.resolveSibling("trust.jwks.json"));
            copyResource("/samples/trust.jwks.json", c.gateway.resolveSibling("trust.jwks.json"));
            Files.writeString(c.registry, """
                    # Written by ./qrgate demo. The registry's production config has the same keys
                    # (check it with: ./qrgate registry check-config --config FILE).
                    http: { host: 127.0.0.1, port: %d }
                    # Venues, people and their phone numbers are in the store (registry.db), registered in the
                    # console; the demo put Đà Nẵng's areas, three venues and seven logins there.
                    store: { kind: sqlite, path: registry.db }
                    # The key that signs personal QR cards, and the passphrase the demo made for it.
                    signing: { keyFile: %s, passphraseFile: %s }
                    gateways:
                      - { id: %s, token: "%s" }
                    """.formatted(registryPort, DemoSeed.SIGNING_KEY_FILE, DemoSeed.SIGNING_PASSPHRASE_FILE, GATEWAY,
                    c.gatewayToken));
            Files.writeString(c.gateway, """
                    # Written by ./qrgate demo. A production gateway differs in the broker address and login,
                    # the store (PostgreSQL for many devices) and the device list.
                    gatewayId: %s
                    mqtt: { uri: "tcp://127.0.0.1:%d" }
                    store: { kind: sqlite, path: gateway.db }
                    registry: { url: "http://127.0.0.1:%d", token: "%s" }
                    http: { host: 127.0.0.1, port: %d }
                    devices:
                      - { id: %s, venue: %s }
                    push:
                      trust: trust.jwks.json
                    """.formatted(GATEWAY, mqttPort, registryPort, c.gatewayToken, gatewayPort, DEVICE, c.venue));
            Files.writeString(c.reader, """
                    # Written by ./qrgate demo: a gate kiosk whose scanner is standard input (type or paste
                    # codes) and whose gate is simulated. A real kiosk: reader-firmware/examples/gate-kiosk.yaml
                    device: { id: %s, venue: %s }
                    mode: gate
                    direction: IN
                    hardware: { board: simulated }
                    inputs:
                      - type: stdin
                    outbox: { path: outbox.db }
                    trust: { file: trust.jwks.json }
                    mqtt:
                      uri: "tcp://127.0.0.1:%d"
                      ackTimeout: 10s
                      reconnectMax: 5s
                    """.formatted(DEVICE, c.venue, mqttPort));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo configs under " + dir, e);
        }
        return c;
    }

    private static void copyResource(String name, Path to) throws IOException {
        try (InputStream in = DemoConfigs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the demo jar lacks " + name);
            }
            Files.write(to, in.readAllBytes());
        }
    }

    private static String token() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
