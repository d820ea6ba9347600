package vn.qrgate.reader.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A fake kiosk file system under a temp dir: the directories and files the example configs name
 * exist there, so configs can say {@code /var/lib/qrgate/...} and be checked on a build machine.
 */
final class Kiosk {

    static final Path REPO_PROFILES = Path.of("..", "hardware-profiles").toAbsolutePath().normalize();
    static final Path EXAMPLES = Path.of("examples").toAbsolutePath().normalize();
    static final String PASSWORD = "s3cret-Mqtt-pass";

    final Path root;
    final FileChecks files;
    final Map<String, String> env = new HashMap<>(Map.of("QRGATE_MQTT_PASSWORD", PASSWORD));

    Kiosk(Path root) {
        this.root = root;
        this.files = FileChecks.rootedAt(root);
        try {
            Files.createDirectories(root.resolve("var/lib/qrgate"));
            Files.createDirectories(root.resolve("etc/qrgate"));
            for (String file : new String[] {"var/lib/qrgate/denylist.json", "var/lib/qrgate/trust.jwks.json",
                "var/lib/qrgate/revoked.json", "etc/qrgate/ca.pem"}) {
                Files.writeString(root.resolve(file), "{}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ConfigLoader loader() {
        return new ConfigLoader(env, files, () -> HardwareProfiles.fromDirectory(REPO_PROFILES));
    }

    ConfigLoad parse(String yaml) {
        return loader().parse(yaml, "reader.yaml", root.resolve("etc/qrgate"));
    }

    /** A small valid config to vary: simulated board, stdin input, outbox in /var/lib/qrgate. */
    static String minimal() {
        return """
                device: {id: kiosk-001, venue: V58-000123}
                mode: gate
                direction: IN
                hardware: {board: simulated}
                inputs:
                  - {type: stdin}
                outbox: {path: /var/lib/qrgate/outbox.db}
                """;
    }
}
