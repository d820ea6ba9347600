package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.Binarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.FrameDecoder;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/**
 * The camera's QR decoder: ZXing's QR reader, tried on several views of the frame, cheapest and most
 * likely first, until one decodes (docs/camera-decoding.md has each step's measured gain). One per
 * camera, one thread at a time: it keeps its buffers and where the last code was.
 */
public final class QrFrameDecoder implements FrameDecoder {

    /** The steps beyond plain ZXing (one HybridBinarizer pass); each can be left out to measure what it adds. */
    public enum Step {
        /** First look where the previous frame's code was: a small crop, fast, and a code that stays in view stays found. */
        PREVIOUS_POSITION,
        /** GlobalHistogramBinarizer before HybridBinarizer: cheaper, and better on blur and soft gradients. */
        GLOBAL_HISTOGRAM,
        /** Frames longer than {@value #LARGE_FRAME} px on a side are first read at half size. */
        HALF_SIZE_FOR_LARGE,
        /** Light modules on dark (a phone in dark mode). */
        INVERTED,
        /** The frame turned a quarter: ZXing's row-wise finder search is sensitive to the code's angle. */
        QUARTER_TURN,
        /** The frame at twice the size, for small modules; only for frames up to {@value #LARGE_FRAME} px. */
        DOUBLED,
        /** Found but misread: read the module grid again with its bottom-right anchor nudged (see QrReading). */
        RESAMPLE
    }

    static final int LARGE_FRAME = 800;
    /** Misses after which the previous position is forgotten: a blurred frame or two should not lose it. */
    private static final int POSITION_MEMORY_FRAMES = 5;

    private final Set<Step> steps;
    private final QrReading reader;
    private final GreyPlaneSource.Scratch scratch = new GreyPlaneSource.Scratch();
    private byte[] halfBuffer;
    private byte[] turnBuffer;
    private byte[] doubleBuffer;

    private Region previous;
    private boolean previousInverted;
    private int missesSincePrevious;

    /** Every step. */
    public QrFrameDecoder() {
        this(EnumSet.allOf(Step.class));
    }

    /** Only the given steps on top of plain ZXing: for measuring what each one adds. */
    public QrFrameDecoder(Set<Step> steps) {
        this.steps = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
        // Vietnamese ID cards write UTF-8 without an ECI; ZXing would otherwise guess the charset per code.
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        this.reader = new QrReading(hints);
    }

    @Override
    public Optional<DecodedCode> decode(LumaFrame frame) {
        Found found;
        try {
            found = find(frame);
        } catch (RuntimeException weirdInput) {
            // ZXing can fail with index errors on degenerate pictures; a camera frame must never stop the reader.
            found = null;
        }
        if (found == null) {
            if (++missesSincePrevious >= POSITION_MEMORY_FRAMES) {
                previous = null;
            }
            return Optional.empty();
        }
        ResultPoint[] points = found.result().getResultPoints();
        previous = Region.around(points, found.placement(), frame.width(), frame.height());
        previousInverted = found.inverted();
        missesSincePrevious = 0;
        float[] centre = found.placement().toFrame(centreOf(points));
        return Optional.of(new DecodedCode(CodeBytes.of(found.result()), found.result().getText(), centre[0], centre[1]));
    }

    private Found find(LumaFrame frame) {
        GreyPlaneSource full = source(frame);
        Found found;
        if (previous != null && steps.contains(Step.PREVIOUS_POSITION)) {
            Region r = previous;
            LuminanceSource crop = full.crop(r.left(), r.top(), r.width(), r.height());
            found = readBothWays(crop, Placement.crop(r.left(), r.top()), previousInverted);
            if (found != null) {
                return found;
            }
        }
        boolean large = Math.max(frame.width(), frame.height()) > LARGE_FRAME;
        if (large && steps.contains(Step.HALF_SIZE_FOR_LARGE)) {
            LumaFrame half = GreyTransforms.halve(frame, halfBuffer);
            halfBuffer = half.data();
            found = readBothWays(source(half), Placement.scaled(2f), false);
            if (found != null) {
                return found;
            }
        }
        found = readBothWays(full, Placement.IDENTITY, false);
        if (found != null) {
            return found;
        }
        if (steps.contains(Step.QUARTER_TURN)) {
            LumaFrame turned = GreyTransforms.rotateClockwise(frame, turnBuffer);
            turnBuffer = turned.data();
            found = read(source(turned), Placement.turned(frame.height(), 1f), false);
            if (found != null) {
                return found;
            }
        }
        if (large || !steps.contains(Step.DOUBLED)) {
            return null;
        }
        LumaFrame doubled = GreyTransforms.doubled(frame, doubleBuffer);
        doubleBuffer = doubled.data();
        found = read(source(doubled), Placement.scaled(0.5f), false);
        if (found != null || !steps.contains(Step.QUARTER_TURN)) {
            return found;
        }
        // The turned frame is still in its buffer from the quarter-turn step.
        LumaFrame turnedDoubled = GreyTransforms.doubled(new LumaFrame(turnBuffer, 0, frame.height(), frame.width(),
                frame.height()), doubleBuffer);
        return read(source(turnedDoubled), Placement.turned(frame.height(), 0.5f), false);
    }

    /** The given polarity, then (when INVERTED is on) the other one. */
    private Found readBothWays(LuminanceSource source, Placement placement, boolean invertedFirst) {
        boolean tryInverted = steps.contains(Step.INVERTED);
        if (invertedFirst && tryInverted) {
            Found found = read(source.invert(), placement, true);
            return found != null ? found : read(source, placement, false);
        }
        Found found = read(source, placement, false);
        return found != null || !tryInverted ? found : read(source.invert(), placement, true);
    }

    private Found read(LuminanceSource source, Placement placement, boolean inverted) {
        if (steps.contains(Step.GLOBAL_HISTOGRAM)) {
            Result result = attempt(new GlobalHistogramBinarizer(source));
            if (result != null) {
                return new Found(result, placement, inverted);
            }
        }
        Result result = attempt(new HybridBinarizer(source));
        return result == null ? null : new Found(result, placement, inverted);
    }

    private Result attempt(Binarizer binarizer) {
        try {
            return reader.read(binarizer.getBlackMatrix(), steps.contains(Step.RESAMPLE));
        } catch (ReaderException notFoundOrUnreadable) {
            return null;
        }
    }

    private GreyPlaneSource source(LumaFrame f) {
        return new GreyPlaneSource(f.data(), f.offset(), f.width(), f.height(), f.rowStride(), false, scratch);
    }

    /** Midway between the bottom-left and top-right finder patterns (ZXing's first and third points). */
    private static float[] centreOf(ResultPoint[] points) {
        if (points.length >= 3 && points[0] != null && points[2] != null) {
            return new float[] {(points[0].getX() + points[2].getX()) / 2, (points[0].getY() + points[2].getY()) / 2};
        }
        float x = 0;
        float y = 0;
        int n = 0;
        for (ResultPoint p : points) {
            if (p != null) {
                x += p.getX();
                y += p.getY();
                n++;
            }
        }
        return n == 0 ? new float[] {0, 0} : new float[] {x / n, y / n};
    }

    private record Found(Result result, Placement placement, boolean inverted) {
    }
}
