package vn.qrgate.bench.decode;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.qrgate.bench.decode.Corpus.Photo;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.GreyTransforms;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;

/**
 * Decode rate and time per image on the QR photographs, ours against plain ZXing and zbar, at each
 * quarter turn, in one run; then what each step of our decoder adds. Prints Markdown tables.
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package -pl bench -am}:
 * {@code java -cp bench/target/qrgate-bench.jar vn.qrgate.bench.decode.DecodeRate [corpus-dir] [repeats]}
 */
public final class DecodeRate {

    private static final int[] ROTATIONS = {0, 90, 180, 270};

    private DecodeRate() {
    }

    public static void main(String[] args) throws Exception {
        Path root = args.length > 0 ? Path.of(args[0]) : Corpus.DEFAULT_ROOT;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, List<Photo>> sets = new LinkedHashMap<>();
        for (String set : Corpus.SETS) {
            sets.put(set, Corpus.load(root, set));
        }
        Optional<Zbar> zbar = Zbar.onPath();
        System.out.printf("JVM %s, %d processors; each Java time is the median of %d decodes of the image "
                + "(a fresh decoder each time, so no previous position helps).%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), repeats);
        if (zbar.isEmpty()) {
            System.out.println("zbarimg is not on the PATH (Debian: apt-get install zbar-tools): zbar columns are left out.");
        }
        warmUp(sets);

        System.out.println();
        System.out.println("| set | rotation | ours | ours median ms | ours p99 ms | ZXing | ZXing median ms | ZXing p99 ms"
                + " | zbar | zbar median ms (process) | zbar p99 ms (process) | zbar ms/image (batch) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Path pngDir = Files.createTempDirectory("qrgate-decode-rate");
        double zbarStartMs = zbar.isPresent() ? zbarStartMs(zbar.get(), pngDir) : 0;
        for (Map.Entry<String, List<Photo>> set : sets.entrySet()) {
            for (int degrees : ROTATIONS) {
                List<Photo> photos = rotated(set.getValue(), degrees);
                Timings ours = time(photos, repeats, DecodeRate::ours);
                Timings plain = time(photos, repeats, DecodeRate::plainZxing);
                String zbarColumns = " | - | - | - | -";
                if (zbar.isPresent()) {
                    List<Path> pngs = writePngs(photos, pngDir, set.getKey(), degrees);
                    Timings byProcess = zbarTimings(zbar.get(), photos, pngs);
                    double batchMs = Math.max(0, zbar.get().batchNanos(pngs) / 1e6 - zbarStartMs) / photos.size();
                    zbarColumns = " | " + byProcess.rate() + " | " + Timings.ms(byProcess.medianMs()) + " | "
                            + Timings.ms(byProcess.p99Ms()) + " | " + Timings.ms(batchMs);
                }
                System.out.println("| " + set.getKey() + " | " + degrees + "° | " + ours.rate() + " | " + Timings.ms(ours.medianMs())
                        + " | " + Timings.ms(ours.p99Ms()) + " | " + plain.rate() + " | " + Timings.ms(plain.medianMs()) + " | "
                        + Timings.ms(plain.p99Ms()) + zbarColumns + " |");
            }
        }
        if (zbar.isPresent()) {
            System.out.printf("%nzbar per process includes starting zbarimg (%.1f ms for a 1x1 image here); the batch "
                    + "column is one zbarimg over all images of the row, less that start, divided by the images.%n", zbarStartMs);
        }
        StepGains.print(sets, repeats);
        try (Stream<Path> files = Files.list(pngDir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(pngDir);
    }

    static List<Photo> rotated(List<Photo> photos, int degrees) {
        return photos.stream().map(p -> new Photo(p.name(), GreyTransforms.rotated(p.grey(), degrees), p.expected())).toList();
    }

    static Optional<String> ours(LumaFrame frame) {
        return new QrFrameDecoder().decode(frame).map(DecodedCode::text);
    }

    /** ZXing as its README shows it: QRCodeReader, default hints, HybridBinarizer, on the same grey pixels. */
    static Optional<String> plainZxing(LumaFrame f) {
        PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(f.data(), f.rowStride(), f.offset() / f.rowStride()
                + f.height(), f.offset() % f.rowStride(), f.offset() / f.rowStride(), f.width(), f.height(), false);
        try {
            return Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText());
        } catch (ReaderException | RuntimeException notRead) {
            return Optional.empty();
        }
    }

    static Timings time(List<Photo> photos, int repeats, Function<LumaFrame, Optional<String>> decoder) {
        long[] nanos = new long[photos.size()];
        int read = 0;
        for (int i = 0; i < photos.size(); i++) {
            Photo photo = photos.get(i);
            long[] runs = new long[repeats];
            boolean correct = false;
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                Optional<String> text = decoder.apply(photo.grey());
                runs[r] = System.nanoTime() - start;
                correct = text.isPresent() && text.get().equals(photo.expected());
            }
            read += correct ? 1 : 0;
            nanos[i] = median(runs);
        }
        return new Timings(read, photos.size(), nanos);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    private static void warmUp(Map<String, List<Photo>> sets) {
        long until = System.nanoTime() + 20_000_000_000L;
        List<LumaFrame> frames = new ArrayList<>();
        sets.values().forEach(photos -> photos.forEach(p -> {
            for (int degrees : ROTATIONS) {
                frames.add(GreyTransforms.rotated(p.grey(), degrees));
            }
        }));
        frames.sort(Comparator.comparingInt(LumaFrame::width));
        for (int round = 0; round < 3 && System.nanoTime() < until; round++) {
            for (LumaFrame frame : frames) {
                ours(frame);
                plainZxing(frame);
            }
        }
    }

    private static List<Path> writePngs(List<Photo> photos, Path dir, String set, int degrees) throws Exception {
        List<Path> pngs = new ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            pngs.add(Zbar.writePng(photos.get(i).grey(), dir.resolve(set + "-" + degrees + "-" + i + ".png")));
        }
        return pngs;
    }

    private static Timings zbarTimings(Zbar zbar, List<Photo> photos, List<Path> pngs) throws Exception {
        long[] nanos = new long[photos.size()];
        int read = 0;
        for (int i = 0; i < photos.size(); i++) {
            Zbar.Reading reading = zbar.read(pngs.get(i));
            nanos[i] = reading.nanos();
            read += reading.text().filter(photos.get(i).expected()::equals).isPresent() ? 1 : 0;
        }
        return new Timings(read, photos.size(), nanos);
    }

    /** Median wall time of zbarimg on a 1x1 image: the process start every per-process time includes. */
    private static double zbarStartMs(Zbar zbar, Path dir) throws Exception {
        Path tiny = Zbar.writePng(LumaFrame.packed(new byte[] {(byte) 255}, 1, 1), dir.resolve("tiny.png"));
        long[] runs = new long[7];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = zbar.read(tiny).nanos();
        }
        return median(runs) / 1e6;
    }
}
