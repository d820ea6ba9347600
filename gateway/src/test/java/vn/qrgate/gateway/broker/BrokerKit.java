package vn.qrgate.gateway.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of {@code gateway/broker/} as the tests use them: the acl as it is, and a TLS listener block
 * of {@code mosquitto.conf} copied line by line, with only the port and the certificate paths changed, so
 * a test breaks when the kit's listener settings do.
 */
final class BrokerKit {

    static final Path DIR = Path.of("broker").toAbsolutePath();
    static final Path ACL = DIR.resolve("acl");
    static final Path SCRIPT = DIR.resolve("qrgate-provision");
    static final int PASSWORD_LISTENER = 8883;
    static final int CERTIFICATE_LISTENER = 8884;

    private BrokerKit() {
    }

    /** The kit's {@code listener kitPort} block, listening on 127.0.0.1:{@code port} with these files. */
    static List<String> listener(int kitPort, int port, Path ca, Path cert, Path key) {
        List<String> lines;
        try {
            lines = Files.readAllLines(DIR.resolve("mosquitto.conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("listener " + kitPort);
        if (start < 0) {
            throw new IllegalStateException("mosquitto.conf has no line 'listener " + kitPort + "'");
        }
        List<String> block = new ArrayList<>();
        block.add("listener " + port + " 127.0.0.1");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("listener ")) {
                break;
            }
            String option = line.split(" ", 2)[0];
            block.add(switch (option) {
                case "cafile" -> "cafile " + ca;
                case "certfile" -> "certfile " + cert;
                case "keyfile" -> "keyfile " + key;
                default -> line;
            });
        }
        return block;
    }
}
