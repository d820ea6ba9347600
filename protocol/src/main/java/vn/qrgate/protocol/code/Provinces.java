package vn.qrgate.protocol.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Province codes that exist, from the GSO list bundled as {@code provinces.csv}. A CCCD number
 * starts with {@code 0} followed by one of these two-digit codes.
 */
public final class Provinces {

    private static final Map<String, String> NAMES_BY_CODE = load();
    // Indexed by the two-digit number so the hot path never allocates.
    private static final boolean[] EXISTS = new boolean[100];

    static {
        NAMES_BY_CODE.keySet().forEach(code -> EXISTS[Integer.parseInt(code)] = true);
    }

    private Provinces() {
    }

    /** Two-digit GSO code → official name, in the list's order. */
    public static Map<String, String> all() {
        return NAMES_BY_CODE;
    }

    public static Optional<String> name(String twoDigitCode) {
        return Optional.ofNullable(NAMES_BY_CODE.get(twoDigitCode));
    }

    /** Whether the three digits {@code 0PP} at {@code from} in {@code id} name a real province. */
    static boolean cccdPrefixExists(String id, int from) {
        if (id.charAt(from) != '0') {
            return false;
        }
        return EXISTS[Fields.number(id, from + 1, from + 3)];
    }

    private static Map<String, String> load() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Provinces.class.getResourceAsStream("provinces.csv")) {
            if (in == null) {
                throw new IllegalStateException("provinces.csv is missing from the protocol jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("code,") || line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                map.put(line.substring(0, comma), line.substring(comma + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read provinces.csv", e);
        }
        return Collections.unmodifiableMap(map);
    }
}
