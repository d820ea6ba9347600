package vn.qrgate.bench.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;

/**
 * Frames per second of {@link QrFrameDecoder} on 640x480 grey frames that hold a code, on one core.
 * The stream benchmarks are the camera's steady state: one decoder per scene, each frame read with the
 * previous position known. The first-frame ones use a fresh decoder per frame (a code just come into
 * view); {@code emptyScene} is the cost of a frame without a code (the reader idling in front of a wall).
 *
 * <p>{@link Frames#setUp} decodes every frame once and throws if one is not read correctly, so the
 * benchmark never measures failures by accident. Run from the repository root (the photos are read
 * from reader-firmware/src/test/resources/qr-images):
 * {@code java -jar bench/target/qrgate-bench.jar QrDecodeBenchmark}; see bench/README.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Threads(1)
public class QrDecodeBenchmark {

    @State(Scope.Thread)
    public static class Frames {

        @Param("reader-firmware/src/test/resources/qr-images")
        public String corpus;

        LumaFrame[] synthetic;
        QrFrameDecoder syntheticDecoder;
        LumaFrame[] photos;
        QrFrameDecoder[] photoDecoders;
        LumaFrame empty;
        QrFrameDecoder emptyDecoder;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            synthetic = SyntheticFrames.stream(8, 20261129L);
            syntheticDecoder = new QrFrameDecoder();
            for (LumaFrame frame : synthetic) {
                expect(syntheticDecoder.decode(frame), SyntheticFrames.CCCD, "a synthetic frame");
            }
            List<LumaFrame> vga = new ArrayList<>();
            List<QrFrameDecoder> decoders = new ArrayList<>();
            for (String set : Corpus.SETS) {
                for (Corpus.Photo photo : Corpus.load(Path.of(corpus), set)) {
                    if (photo.grey().width() != 640 || photo.grey().height() != 480) {
                        continue;
                    }
                    QrFrameDecoder decoder = new QrFrameDecoder();
                    expect(decoder.decode(photo.grey()), photo.expected(), photo.name());
                    vga.add(photo.grey());
                    decoders.add(decoder);
                }
            }
            photos = vga.toArray(LumaFrame[]::new);
            photoDecoders = decoders.toArray(QrFrameDecoder[]::new);
            empty = SyntheticFrames.empty(7L);
            emptyDecoder = new QrFrameDecoder();
            if (emptyDecoder.decode(empty).isPresent()) {
                throw new IllegalStateException("the empty scene holds a code");
            }
        }

        private static void expect(Optional<DecodedCode> code, String text, String what) {
            if (code.isEmpty() || !code.get().text().equals(text)) {
                throw new IllegalStateException(what + " is not read correctly; the benchmark would measure failures");
            }
        }

        int nextIndex(int length) {
            next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
            return next % length;
        }
    }

    @Benchmark
    public Optional<DecodedCode> syntheticStream(Frames f) {
        return f.syntheticDecoder.decode(f.synthetic[f.nextIndex(f.synthetic.length)]);
    }

    @Benchmark
    public Optional<DecodedCode> photoStream(Frames f) {
        int i = f.nextIndex(f.photos.length);
        return f.photoDecoders[i].decode(f.photos[i]);
    }

    @Benchmark
    public Optional<DecodedCode> syntheticFirstFrame(Frames f) {
        return new QrFrameDecoder().decode(f.synthetic[f.nextIndex(f.synthetic.length)]);
    }

    @Benchmark
    public Optional<DecodedCode> photoFirstFrame(Frames f) {
        return new QrFrameDecoder().decode(f.photos[f.nextIndex(f.photos.length)]);
    }

    @Benchmark
    public Optional<DecodedCode> emptyScene(Frames f) {
        return f.emptyDecoder.decode(f.empty);
    }
}
