package vn.qrgate.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A systemd unit file as key → values in order (a key may repeat, e.g. DeviceAllow=); comments dropped. */
record UnitFile(String name, Map<String, List<String>> entries) {

    /** The repository's systemd/ directory, seen from this module's directory (Maven's working directory). */
    static final Path UNITS = Path.of("..", "systemd").toAbsolutePath().normalize();

    static final List<String> SERVICES = List.of("reader", "gateway", "registry");

    static UnitFile of(String service) {
        return parse(UNITS.resolve("qrgate-" + service + ".service"));
    }

    static UnitFile parse(Path file) {
        try {
            Map<String, List<String>> entries = new LinkedHashMap<>();
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException(file + ": not a key=value line: " + line);
                }
                entries.computeIfAbsent(line.substring(0, eq).strip(), k -> new ArrayList<>())
                        .add(line.substring(eq + 1).strip());
            }
            return new UnitFile(file.getFileName().toString(), entries);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The last value of {@code key} (later lines override earlier ones), or null when absent. */
    String get(String key) {
        List<String> values = entries.get(key);
        return values == null ? null : values.get(values.size() - 1);
    }

    List<String> all(String key) {
        return entries.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }
}
