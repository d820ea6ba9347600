package vn.qrgate.bench.cards;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import vn.qrgate.registry.adapter.jdbc.JdbcStores;
import vn.qrgate.registry.adapter.keys.EncryptedKeyFile;
import vn.qrgate.registry.adapter.pdf.PdfBoxCardRenderer;
import vn.qrgate.registry.app.CardIssuing;
import vn.qrgate.registry.config.Defaults;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.cards.CardCsv;
import vn.qrgate.registry.domain.cards.CardFace;
import vn.qrgate.registry.domain.cards.CardListReading;
import vn.qrgate.registry.domain.cards.IssueOutcome;
import vn.qrgate.registry.domain.cards.Issuer;
import vn.qrgate.registry.domain.cards.NumberedRow;

/**
 * Issue 8's bulk goal: a class or staff list of 50 000 rows validated, signed and laid out in at most 60 s.
 * Each run starts from an empty SQLite registry and a fresh key file (every row is a new card), and times
 * the three steps the console's upload goes through: reading and checking the CSV, signing and storing the
 * cards, laying out the A4 sheets to a file.
 *
 * <p>{@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.cards.BulkCards [rows] [runs]}
 */
public final class BulkCards {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc", "Hữu", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hoa", "Khánh", "Linh", "Nam", "Phương",
        "Quân", "Sơn", "Trang", "Uyên", "Việt", "Yến"};

    private BulkCards() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        byte[] csv = classList(rows, new SplittableRandom(48));
        System.out.printf("bulk cards: %d rows, %.1f MB CSV, %d runs, %d cores, max heap %d MB%n", rows,
                csv.length / 1e6, runs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        double[] totals = new double[runs];
        for (int run = 0; run < runs; run++) {
            totals[run] = once(csv, run + 1);
        }
        double[] sorted = totals.clone();
        Arrays.sort(sorted);
        System.out.printf("total: median %.1f s, min %.1f s, max %.1f s (goal <= 60 s)%n", sorted[runs / 2], sorted[0],
                sorted[runs - 1]);
    }

    private static double once(byte[] csv, int run) throws Exception {
        Path dir = Files.createTempDirectory("qrgate-bulk-cards");
        Clock clock = Clock.systemUTC();
        try (JdbcStores stores = JdbcStores.open(StoreConfig.Sqlite.at(dir.resolve("registry.db")), clock)) {
            EncryptedKeyFile keys = new EncryptedKeyFile(dir.resolve("signing-keys.json"), "bench"::toCharArray,
                    new SecureRandom());
            keys.rotate(clock.instant());
            CardIssuing issuing = new CardIssuing(stores.cards(), keys, clock);
            PdfBoxCardRenderer renderer = new PdfBoxCardRenderer();

            long t0 = System.nanoTime();
            CardListReading reading = CardCsv.read(csv, LocalDate.now(Defaults.LOCAL_ZONE));
            long t1 = System.nanoTime();
            List<IssueOutcome> outcomes = issuing.issueAll(reading.good().stream().map(NumberedRow::card).toList(),
                    new Issuer("bench", "Sở Giáo dục và Đào tạo"), Duration.ofDays(365), "bench-" + run, n -> { });
            long t2 = System.nanoTime();
            List<CardFace> faces = new ArrayList<>(outcomes.size());
            outcomes.forEach(o -> faces.add(o.card().face(Defaults.LOCAL_ZONE)));
            Path sheet = dir.resolve("cards.pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sheet), 1 << 16)) {
                renderer.sheet(faces, out);
            }
            long t3 = System.nanoTime();
            if (!reading.problems().isEmpty() || outcomes.size() != reading.good().size()) {
                throw new IllegalStateException("the generated list had " + reading.problems().size() + " bad rows");
            }
            double total = (t3 - t0) / 1e9;
            System.out.printf("run %d: read+check %.1f s, sign+store %.1f s, lay out %.1f s (%.0f MB, %d pages) = %.1f s%n",
                    run, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, Files.size(sheet) / 1e6,
                    (faces.size() + 7) / 8, total);
            return total;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Synthetic people whose CCCD numbers agree with their birth dates (province 048, Đà Nẵng). */
    static byte[] classList(int rows, SplittableRandom random) {
        StringBuilder out = new StringBuilder(rows * 70).append("so_giay_to,ho_ten,ngay_sinh,lop\n");
        for (int i = 0; i < rows; i++) {
            int year = 1960 + random.nextInt(50);
            boolean female = random.nextBoolean();
            int g = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
            String document = String.format("048%d%02d%06d", g, year % 100, i);
            LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)])
                    + " " + GIVEN[random.nextInt(GIVEN.length)];
            out.append(document).append(',').append(name).append(',').append(birth).append(",Lớp ")
                    .append(10 + i % 3).append('A').append(1 + i % 9).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
