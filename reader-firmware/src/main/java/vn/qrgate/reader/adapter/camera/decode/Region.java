package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.ResultPoint;
import com.google.zxing.qrcode.detector.FinderPattern;

/**
 * The part of the frame to read first in the next frame: the box around the last code's finder
 * patterns, widened on every side by {@value #MARGIN_MODULES} modules (a finder centre is 3.5 modules
 * inside the code's corner, and the binarizers want some quiet zone beyond it) plus {@value #MOTION}
 * of the box for a hand that moves between frames. Without a module size from ZXing the margin is
 * {@value #MARGIN_WITHOUT_MODULE_SIZE} of the box.
 */
record Region(int left, int top, int width, int height) {

    static final float MARGIN_MODULES = 6f;
    static final float MOTION = 0.2f;
    static final float MARGIN_WITHOUT_MODULE_SIZE = 0.6f;

    static Region around(ResultPoint[] points, Placement placement, int frameWidth, int frameHeight) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        float moduleSize = 0;
        int seen = 0;
        for (ResultPoint p : points) {
            if (p == null) {
                continue;
            }
            float[] at = placement.toFrame(new float[] {p.getX(), p.getY()});
            minX = Math.min(minX, at[0]);
            maxX = Math.max(maxX, at[0]);
            minY = Math.min(minY, at[1]);
            maxY = Math.max(maxY, at[1]);
            if (p instanceof FinderPattern finder) {
                moduleSize = Math.max(moduleSize, finder.getEstimatedModuleSize() * placement.scale());
            }
            seen++;
        }
        if (seen < 2) {
            return null;
        }
        float box = Math.max(maxX - minX, maxY - minY);
        float margin = moduleSize > 0 ? MARGIN_MODULES * moduleSize + MOTION * box : MARGIN_WITHOUT_MODULE_SIZE * box;
        int left = clamp(minX - margin, frameWidth);
        int top = clamp(minY - margin, frameHeight);
        int right = clamp(maxX + margin, frameWidth);
        int bottom = clamp(maxY + margin, frameHeight);
        if (right - left < 21 || bottom - top < 21) {
            return null; // smaller than a version 1 code at one pixel per module
        }
        return new Region(left, top, right - left, bottom - top);
    }

    int right() {
        return left + width;
    }

    int bottom() {
        return top + height;
    }

    private static int clamp(float value, int limit) {
        return Math.max(0, Math.min(limit, Math.round(value)));
    }
}
