package vn.qrgate.reader.adapter.camera.decode;

/**
 * Where a view the decoder read (a crop, a half- or double-size copy, a quarter-turned copy) sits in the
 * camera frame, so a code's position is reported in frame pixels whatever view found it.
 *
 * @param left where a cropped view starts, in view pixels
 * @param top where a cropped view starts, in view pixels
 * @param scale frame pixels per view pixel (2 for a half-size view, 0.5 for a doubled one)
 * @param turnedFrameHeight when the view is (a scaled copy of) the frame turned a quarter clockwise,
 *     the frame's height; 0 otherwise
 */
record Placement(int left, int top, float scale, int turnedFrameHeight) {

    static final Placement IDENTITY = new Placement(0, 0, 1f, 0);

    static Placement crop(int left, int top) {
        return new Placement(left, top, 1f, 0);
    }

    static Placement scaled(float scale) {
        return new Placement(0, 0, scale, 0);
    }

    static Placement turned(int frameHeight, float scale) {
        return new Placement(0, 0, scale, frameHeight);
    }

    /** A point of the view as {x, y} in the frame. */
    float[] toFrame(float[] point) {
        float x = (point[0] + left) * scale;
        float y = (point[1] + top) * scale;
        if (turnedFrameHeight == 0) {
            return new float[] {x, y};
        }
        // Turning clockwise took frame pixel (x, y) to (height - 1 - y, x).
        return new float[] {y, turnedFrameHeight - 1 - x};
    }
}
