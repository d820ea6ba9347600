package vn.qrgate.bench.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder;
import vn.qrgate.reader.adapter.camera.decode.QrFrameDecoder.Step;

/**
 * Frames per second of {@link QrFrameDecoder} on 640x480 grey frames that hold a code, on one core.
 * The stream benchmarks are the camera's steady state: one decoder per scene, each frame read with the
 * previous position known. The first-frame ones use a fresh decoder per frame (a code just come into
 * view); {@code emptyScene} is the cost of a frame without a code (the reader idling in front of a wall).
 * {@code emptyStream} is the gate idling: different empty frames, one decoder (with every view on every
 * frame, and with the cheap views only, for comparison); {@code codeAfterEmptyFrames}
 * is a card arriving after that: a fresh decoder fed a run of 1 to 8 empty frames (outside the measured
 * time), then the card's frames until one is read. The frames it took are printed at the end.
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

    @State(Scope.Thread)
    public static class Idle {

        static final int EMPTY_FRAMES = 8;

        LumaFrame[] empty;
        QrFrameDecoder emptyDecoder;
        QrFrameDecoder everyViewDecoder;
        QrFrameDecoder cheapViewsDecoder;
        LumaFrame[] card;
        QrFrameDecoder arrivalDecoder;
        int arrivals;
        long framesToRead;
        int mostFramesToRead;
        int next;

        @Setup(Level.Trial)
        public void setUp() {
            empty = new LumaFrame[EMPTY_FRAMES];
            for (int i = 0; i < EMPTY_FRAMES; i++) {
                empty[i] = SyntheticFrames.empty(100L + i);
            }
            emptyDecoder = new QrFrameDecoder();
            EnumSet<Step> everyView = EnumSet.allOf(Step.class);
            everyView.remove(Step.SPARE_WHEN_IDLE);
            everyViewDecoder = new QrFrameDecoder(everyView);
            EnumSet<Step> cheapViews = EnumSet.allOf(Step.class);
            cheapViews.removeAll(EnumSet.of(Step.QUARTER_TURN, Step.DOUBLED, Step.RESAMPLE));
            cheapViewsDecoder = new QrFrameDecoder(cheapViews);
            for (LumaFrame frame : empty) {
                if (emptyDecoder.decode(frame).isPresent()) {
                    throw new IllegalStateException("an empty frame holds a code");
                }
            }
            card = SyntheticFrames.stream(8, 20261129L);
        }

        /** Run lengths 1 to 8 in turn, so that every phase of an every-k-th-frame policy (k dividing 8) is met equally. */
        @Setup(Level.Invocation)
        public void idleForAWhile() {
            arrivalDecoder = new QrFrameDecoder();
            int run = 1 + arrivals % 8;
            for (int i = 0; i < run; i++) {
                arrivalDecoder.decode(empty[i]);
            }
        }

        @TearDown(Level.Trial)
        public void report() {
            if (arrivals == 0) {
                return; // another benchmark of this state
            }
            System.out.printf("%ncodeAfterEmptyFrames: %d arrivals, %.2f frames to the first read on average, at most %d%n",
                    arrivals, arrivals == 0 ? 0.0 : (double) framesToRead / arrivals, mostFramesToRead);
        }

        int nextIndex(int length) {
            next = next + 1 == Integer.MAX_VALUE ? 0 : next + 1;
            return next % length;
        }
    }

    @Benchmark
    public Optional<DecodedCode> emptyStream(Idle idle) {
        return idle.emptyDecoder.decode(idle.empty[idle.nextIndex(Idle.EMPTY_FRAMES)]);
    }

    /** The stream as before the idle policy: every view on every frame. */
    @Benchmark
    public Optional<DecodedCode> emptyStreamEveryView(Idle idle) {
        return idle.everyViewDecoder.decode(idle.empty[idle.nextIndex(Idle.EMPTY_FRAMES)]);
    }

    /** The cheap views alone: what an idle frame costs when the expensive ones are skipped. */
    @Benchmark
    public Optional<DecodedCode> emptyStreamCheapViewsOnly(Idle idle) {
        return idle.cheapViewsDecoder.decode(idle.empty[idle.nextIndex(Idle.EMPTY_FRAMES)]);
    }

    /** One arrival: the card's frames (starting at a different one each time) until one is read. */
    @Benchmark
    @Measurement(iterations = 5, time = 4, timeUnit = TimeUnit.SECONDS)
    public int codeAfterEmptyFrames(Idle idle) {
        int start = idle.arrivals;
        for (int frames = 1; frames <= 3 * idle.card.length; frames++) {
            Optional<DecodedCode> code = idle.arrivalDecoder.decode(idle.card[(start + frames - 1) % idle.card.length]);
            if (code.isPresent()) {
                idle.arrivals++;
                idle.framesToRead += frames;
                idle.mostFramesToRead = Math.max(idle.mostFramesToRead, frames);
                return frames;
            }
        }
        throw new IllegalStateException("the card was not read in " + 3 * idle.card.length + " frames");
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
