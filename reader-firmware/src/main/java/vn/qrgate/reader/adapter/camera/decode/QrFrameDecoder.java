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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.FrameDecoder;
import vn.qrgate.reader.adapter.camera.LumaFrame;

/**
 * The camera's QR decoder: ZXing's QR reader, tried on several views of the frame, cheapest and most
 * likely first, until one decodes (docs/camera-decoding.md has each step's measured gain). One per
 * camera, one thread at a time: it keeps its buffers, where the last code was, and how long ago (with no
 * code lately the turned and doubled views run only on some frames, see IdleViews).
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
        RESAMPLE,
        /** No code lately: the quarter-turned and doubled views only on every few frames (see IdleViews). */
        SPARE_WHEN_IDLE
    }

    static final int LARGE_FRAME = 800;
    /** Misses after which the previous position is forgotten: a blurred frame or two should not lose it. */
    private static final int POSITION_MEMORY_FRAMES = 5;
    /**
     * Frames for which the previous position is not tried after it missed a code the whole frame then
     * read: a code only the whole frame reads (binarizer blocks fall differently on a part) would
     * otherwise pay for every view of the part on every frame.
     */
    private static final int SKIP_PART_FRAMES = 8;

    private final Set<Step> steps;
    private final QrReading reader;
    private final IdleViews idle = new IdleViews();
    /** Reads of a turned or doubled view, whole frame or part: lets tests see which frames paid for them. */
    private long expensiveViewReads;
    private final GreyPlaneSource.Scratch scratch = new GreyPlaneSource.Scratch();
    private byte[] halfBuffer;
    private byte[] turnBuffer;
    private byte[] doubleBuffer;

    private Region previous;
    private View previousView;
    private boolean previousInverted;
    private int missesSincePrevious;
    /** The part missed this frame's code but the whole frame read it: the part is skipped for a few frames. */
    private boolean partMissed;
    private int framesToSkipPart;

    /** Every step. */
    public QrFrameDecoder() {
        this(EnumSet.allOf(Step.class));
    }

    /** Only the given steps on top of plain ZXing: for measuring what each one adds. */
    public QrFrameDecoder(Set<Step> steps) {
        Objects.requireNonNull(steps, "steps");
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
            // Each ZXing attempt is guarded already; this is the last line: a frame must never stop the camera.
            found = null;
        }
        if (found == null) {
            if (++missesSincePrevious >= POSITION_MEMORY_FRAMES) {
                previous = null;
                framesToSkipPart = 0;
            }
            return Optional.empty();
        }
        ResultPoint[] points = found.result().getResultPoints();
        previous = Region.around(points, found.placement(), frame.width(), frame.height());
        previousView = found.view();
        previousInverted = found.inverted();
        missesSincePrevious = 0;
        idle.codeRead();
        if (partMissed) {
            framesToSkipPart = SKIP_PART_FRAMES;
        }
        float[] centre = found.placement().toFrame(centreOf(points));
        return Optional.of(new DecodedCode(CodeBytes.of(found.result()), found.result().getText(), centre[0], centre[1]));
    }

    long expensiveViewReads() {
        return expensiveViewReads;
    }

    private Found find(LumaFrame frame) {
        boolean expensiveViews = idle.expensiveViewsDue() || !steps.contains(Step.SPARE_WHEN_IDLE);
        if (previous != null && (previous.right() > frame.width() || previous.bottom() > frame.height())) {
            previous = null; // the camera changed its resolution
        }
        partMissed = false;
        boolean skipPart = framesToSkipPart > 0;
        framesToSkipPart = Math.max(0, framesToSkipPart - 1);
        if (previous != null && !skipPart && steps.contains(Step.PREVIOUS_POSITION)) {
            Found found = findAround(frame, previous);
            if (found != null) {
                return found;
            }
            partMissed = true;
        }
        boolean large = Math.max(frame.width(), frame.height()) > LARGE_FRAME;
        LuminanceSource whole = source(frame);
        LuminanceSource half = null;
        if (large && steps.contains(Step.HALF_SIZE_FOR_LARGE)) {
            LumaFrame halved = GreyTransforms.halve(frame, halfBuffer);
            halfBuffer = halved.data();
            half = source(halved);
        }
        Placement halfPlacement = new Placement(2f, 0, 0, 0);
        // Dark-on-light at half and full size before light-on-dark: most codes are printed.
        Found found = half == null ? null : read(half, halfPlacement, View.PLAIN, false);
        if (found == null) {
            found = read(whole, Placement.IDENTITY, View.PLAIN, false);
        }
        if (found == null && half != null && steps.contains(Step.INVERTED)) {
            found = read(half.invert(), halfPlacement, View.PLAIN, true);
        }
        if (found == null && steps.contains(Step.INVERTED)) {
            found = read(whole.invert(), Placement.IDENTITY, View.PLAIN, true);
        }
        for (View view : View.values()) {
            if (found != null) {
                return found;
            }
            if (view != View.PLAIN && expensiveViews && view.isOn(steps) && !(large && view.doubled)) {
                found = read(view, frame, 0, 0, false);
            }
        }
        return found;
    }

    /**
     * The part of the frame where the last code was, first in the view and polarity that read it, then
     * in the other views: a code that stays in view is read from a small picture, and a hard one (found
     * only at double size, say) does not send every frame down the whole-frame cascade again.
     */
    private Found findAround(LumaFrame frame, Region r) {
        if ((long) r.width() * r.height() * 2 > (long) frame.width() * frame.height()) {
            return null; // the code fills most of the frame: a part would save little and see less
        }
        LumaFrame part = new LumaFrame(frame.data(), frame.offset() + r.top() * frame.rowStride() + r.left(),
                r.width(), r.height(), frame.rowStride());
        boolean large = Math.max(r.width(), r.height()) > LARGE_FRAME;
        Found found = null;
        for (int i = -1; i < View.values().length && found == null; i++) {
            View view = i < 0 ? previousView : View.values()[i];
            if (i >= 0 && view == previousView || !view.isOn(steps) || large && view.doubled) {
                continue;
            }
            found = view == View.PLAIN
                    ? readBothWays(source(part), new Placement(1f, 0, r.left(), r.top()), previousInverted)
                    : read(view, part, r.left(), r.top(), previousInverted);
        }
        return found;
    }

    /** The part of the frame at (left, top) seen as {@code view}: turned and/or doubled into reusable buffers. */
    private Found read(View view, LumaFrame part, int left, int top, boolean inverted) {
        expensiveViewReads++;
        LumaFrame seen = part;
        if (view.turned) {
            seen = GreyTransforms.rotateClockwise(seen, turnBuffer);
            turnBuffer = seen.data();
        }
        if (view.doubled) {
            seen = GreyTransforms.doubled(seen, doubleBuffer);
            doubleBuffer = seen.data();
        }
        Placement placement = new Placement(view.doubled ? 0.5f : 1f, view.turned ? part.height() : 0, left, top);
        LuminanceSource source = source(seen);
        return read(inverted ? source.invert() : source, placement, view, inverted);
    }

    /** The given polarity, then (when INVERTED is on) the other one. */
    private Found readBothWays(LuminanceSource source, Placement placement, boolean invertedFirst) {
        boolean tryInverted = steps.contains(Step.INVERTED);
        if (invertedFirst && tryInverted) {
            Found found = read(source.invert(), placement, View.PLAIN, true);
            return found != null ? found : read(source, placement, View.PLAIN, false);
        }
        Found found = read(source, placement, View.PLAIN, false);
        return found != null || !tryInverted ? found : read(source.invert(), placement, View.PLAIN, true);
    }

    private Found read(LuminanceSource source, Placement placement, View view, boolean inverted) {
        // Re-sampling a misread grid pays off where modules are small; on the other views it would mostly cost time.
        boolean resample = view.doubled && steps.contains(Step.RESAMPLE);
        if (steps.contains(Step.GLOBAL_HISTOGRAM)) {
            Result result = attempt(new GlobalHistogramBinarizer(source), resample);
            if (result != null) {
                return new Found(result, placement, view, inverted);
            }
        }
        Result result = attempt(new HybridBinarizer(source), resample);
        return result == null ? null : new Found(result, placement, view, inverted);
    }

    private Result attempt(Binarizer binarizer, boolean resample) {
        try {
            return reader.read(binarizer.getBlackMatrix(), resample);
        } catch (ReaderException notFoundOrUnreadable) {
            return null;
        } catch (RuntimeException zxingOnWeirdInput) {
            // ZXing can fail with index errors on degenerate pictures; the next view may still read the code.
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

    /** How the frame (or the part of it around the previous code) is shown to ZXing, in the order they are tried. */
    private enum View {
        PLAIN(false, false, null),
        TURNED(true, false, Step.QUARTER_TURN),
        DOUBLED(false, true, Step.DOUBLED),
        TURNED_DOUBLED(true, true, Step.DOUBLED);

        final boolean turned;
        final boolean doubled;
        final Step step;

        View(boolean turned, boolean doubled, Step step) {
            this.turned = turned;
            this.doubled = doubled;
            this.step = step;
        }

        boolean isOn(Set<Step> steps) {
            return step == null || steps.contains(step) && (!turned || steps.contains(Step.QUARTER_TURN));
        }
    }

    private record Found(Result result, Placement placement, View view, boolean inverted) {
    }
}
