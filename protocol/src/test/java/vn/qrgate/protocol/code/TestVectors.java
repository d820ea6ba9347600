package vn.qrgate.protocol.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.qrgate.protocol.trust.RevocationList;
import vn.qrgate.protocol.trust.TrustFiles;
import vn.qrgate.protocol.trust.TrustList;

/** The shared vectors ({@code codes.tsv}) and the validator they are judged by. */
public final class TestVectors {

    /** The reference instant of codes.tsv. */
    public static final Instant AT = OffsetDateTime.parse("2026-11-29T12:00:00+07:00").toInstant();
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public record Row(String id, byte[] input, Kind kind, String decision, String reasonOrWarning) {
        @Override
        public String toString() {
            return id;
        }
    }

    private TestVectors() {
    }

    public static Clock clock() {
        return Clock.fixed(AT, VIETNAM);
    }

    public static TrustList trust() {
        return TrustFiles.parseJwks(resource("trust.jwks.json"), Optional.of(AT));
    }

    public static CodeValidator validator() {
        return new CodeValidator(clock(), trust(), RevocationList.none(), Optional.empty());
    }

    public static List<Row> rows() {
        String tsv = new String(resource("codes.tsv"), StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            byte[] input = c[1].equals("hex") ? HexFormat.of().parseHex(c[2]) : c[2].getBytes(StandardCharsets.UTF_8);
            rows.add(new Row(c[0], input, Kind.valueOf(c[3]), c[4], c.length > 5 ? c[5].strip() : ""));
        }
        return rows;
    }

    public static Row row(String id) {
        return rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    public static String text(String id) {
        return new String(row(id).input(), StandardCharsets.UTF_8);
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestVectors.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
