package vn.qrgate.reader.adapter.camera;

import java.util.ArrayList;
import java.util.List;

/** Numbers frames in the order a test's script writes them; the number also seeds each frame's noise. */
final class FrameSequence {

    private int next;

    List<byte[]> show(String text, TestFrames.Look look, int count) {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(TestFrames.indexed(TestFrames.code(text, look, next), next++));
        }
        return frames;
    }

    List<byte[]> blank(int count) {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(TestFrames.indexed(TestFrames.empty(next), next++));
        }
        return frames;
    }

    /** Frames made so far. */
    int count() {
        return next;
    }

    static List<byte[]> in(PixelFormat format, List<byte[]> grey) {
        return format == PixelFormat.GREY ? grey : grey.stream().map(TestFrames::asYuv420).toList();
    }
}
