package vn.qrgate.reader.adapter.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints what the camera input manages on this machine: frames read per second through a pipe, the
 * plain decoder's time per 640x480 frame, and the delay from a frame's arrival to its scan at a
 * camera's 30 frames a second. Not a test: timings vary too much between machines to assert. Run from
 * the module directory with the test classpath
 * ({@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 * {@code java -cp "target/test-classes:target/classes:$(cat cp.txt)" vn.qrgate.reader.adapter.camera.CameraThroughputMain}.
 */
public final class CameraThroughputMain {

    private static final int FRAMES = 300;

    private CameraThroughputMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("camera-throughput");
        FrameSequence sequence = new FrameSequence();
        List<byte[]> frames = new ArrayList<>();
        for (int block = 0; block < FRAMES / 30; block++) {
            frames.addAll(sequence.show(block % 2 == 0 ? TestCodes.CCCD : TestCodes.BHYT,
                    block % 2 == 0 ? TestFramesTest.CCCD_LOOK : TestFramesTest.BHYT_LOOK, 20));
            frames.addAll(sequence.blank(10));
        }

        Run reading = run(dir.resolve("read"), frames, 0, frame -> Optional.empty());
        System.out.printf("read only:        %d frames in %d ms = %.0f frames/s%n", reading.read, reading.millis,
                reading.read * 1000.0 / reading.millis);

        TimedDecoder plain = new TimedDecoder(new PlainZxingFrameDecoder());
        Run flat = run(dir.resolve("flat"), frames, 0, plain);
        System.out.printf("plain ZXing:      %.1f ms per decode (%d decoded, %d skipped of %d, as fast as the pipe)%n",
                plain.meanMillis(), flat.counters.framesDecoded(), flat.counters.framesSkipped(), flat.read);

        TimedDecoder paced = new TimedDecoder(new PlainZxingFrameDecoder());
        Run camera = run(dir.resolve("paced"), frames, 33, paced);
        System.out.printf("at 30 frames/s:   %.1f ms per decode, %d decoded, %d skipped, %d scans; "
                + "arrival to scan %.1f ms mean, %.1f ms max%n", paced.meanMillis(), camera.counters.framesDecoded(), camera.counters.framesSkipped(), camera.counters.codesReported(),
                camera.scanDelay.mean(), camera.scanDelay.maxMillis());
        System.exit(0);
    }

    private record Run(long read, long millis, CameraCounters counters, Delays scanDelay) {
    }

    private static Run run(Path dir, List<byte[]> frames, int paceMillis, FrameDecoder decoder) throws IOException {
        Files.createDirectories(dir);
        FrameScript script = new FrameScript(dir, TestFrames.WIDTH * TestFrames.HEIGHT).frames(frames, paceMillis);
        CameraSettings settings = CameraSettings.of(script.command(), TestFrames.WIDTH, TestFrames.HEIGHT,
                PixelFormat.GREY).goneAfter(Duration.ofMillis(300)).build();
        Delays delays = new Delays();
        try (CameraCodeSource source = new CameraCodeSource(settings, decoder, Clock.systemUTC())) {
            long start = System.nanoTime();
            source.start(scan -> delays.add(System.nanoTime() - scan.receivedNanos()));
            while (source.counters().framesRead() < frames.size()) {
                sleep();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            CameraCounters c;
            while ((c = source.counters()).framesDecoded() + c.framesSkipped() < frames.size()) {
                sleep();
            }
            return new Run(c.framesRead(), millis, c, delays);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class TimedDecoder implements FrameDecoder {
        private final FrameDecoder delegate;
        private final AtomicLong nanos = new AtomicLong();
        private final AtomicLong calls = new AtomicLong();

        TimedDecoder(FrameDecoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<DecodedCode> decode(LumaFrame frame) {
            long start = System.nanoTime();
            try {
                return delegate.decode(frame);
            } finally {
                nanos.addAndGet(System.nanoTime() - start);
                calls.incrementAndGet();
            }
        }

        double meanMillis() {
            return nanos.get() / 1e6 / Math.max(1, calls.get());
        }
    }

    private static final class Delays {
        private final List<Long> nanos = new CopyOnWriteArrayList<>();

        void add(long delay) {
            nanos.add(delay);
        }

        double mean() {
            return nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        }

        double maxMillis() {
            return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
    }
}
