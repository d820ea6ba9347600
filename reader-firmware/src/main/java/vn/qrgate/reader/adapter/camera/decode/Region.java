package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.ResultPoint;

/**
 * The part of the frame to read first in the next frame: the box around the last code's finder
 * patterns, widened on every side by {@value #MARGIN} of its size. The finder centres lie 3.5 modules
 * inside the code's corners and the quiet zone adds 4 more, which is about 0.6 of the box for the
 * smallest code; the rest allows for a hand that moves between frames.
 */
record Region(int left, int top, int width, int height) {

    static final float MARGIN = 0.75f;

    static Region around(ResultPoint[] points, Placement placement, int frameWidth, int frameHeight) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
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
            seen++;
        }
        if (seen < 2) {
            return null;
        }
        float margin = MARGIN * Math.max(maxX - minX, maxY - minY);
        int left = clamp(minX - margin, frameWidth);
        int top = clamp(minY - margin, frameHeight);
        int right = clamp(maxX + margin, frameWidth);
        int bottom = clamp(maxY + margin, frameHeight);
        if (right - left < 21 || bottom - top < 21) {
            return null; // smaller than a version 1 code at one pixel per module
        }
        return new Region(left, top, right - left, bottom - top);
    }

    private static int clamp(float value, int limit) {
        return Math.max(0, Math.min(limit, Math.round(value)));
    }
}
