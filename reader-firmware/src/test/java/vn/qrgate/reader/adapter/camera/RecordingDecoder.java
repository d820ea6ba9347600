package vn.qrgate.reader.adapter.camera;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Wraps a decoder and notes every frame it was given: the frame's index from its head and its tail
 * (different when a frame was glued from two), how many frames the source had read when the decode
 * began, and what was found. Optionally slow, to make the source skip frames.
 */
final class RecordingDecoder implements FrameDecoder {

    record Decode(int headIndex, int tailIndex, long framesReadBefore, Optional<String> text) {

        boolean whole() {
            return headIndex == tailIndex;
        }

        /** Frames that arrived after this one and before its decode began. */
        long lag() {
            return framesReadBefore - 1 - headIndex;
        }
    }

    private final FrameDecoder delegate;
    private final Duration delay;
    private final List<Decode> decodes = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstDecodeStarted = new CountDownLatch(1);
    private volatile CameraCodeSource source;

    RecordingDecoder(FrameDecoder delegate, Duration delay) {
        this.delegate = delegate;
        this.delay = delay;
    }

    void watch(CameraCodeSource watched) {
        this.source = watched;
    }

    @Override
    public Optional<DecodedCode> decode(LumaFrame frame) {
        long read = source.counters().framesRead();
        firstDecodeStarted.countDown();
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Optional<DecodedCode> found = delegate.decode(frame);
        decodes.add(new Decode(TestFrames.headIndex(frame), TestFrames.tailIndex(frame), read,
                found.map(code -> new String(code.bytes(), UTF_8))));
        return found;
    }

    List<Decode> decodes() {
        return List.copyOf(decodes);
    }

    long decodesOf(String text) {
        return decodes.stream().filter(d -> d.text().filter(text::equals).isPresent()).count();
    }

    CountDownLatch firstDecodeStarted() {
        return firstDecodeStarted;
    }
}
