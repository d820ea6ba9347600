package vn.qrgate.reader.adapter.camera.decode;

/**
 * Where a view the decoder read sits in the camera frame, so a code's position is reported in frame
 * pixels whatever view found it. A view is a part of the frame (its top-left corner at left, top),
 * possibly turned a quarter clockwise, possibly resized; a view point is mapped back in the reverse order.
 *
 * @param scale frame pixels per view pixel (2 for a half-size view, 0.5 for a doubled one)
 * @param turnedHeight when the part was turned a quarter clockwise, its height before turning; 0 otherwise
 * @param left where the part starts in the frame
 * @param top where the part starts in the frame
 */
record Placement(float scale, int turnedHeight, int left, int top) {

    static final Placement IDENTITY = new Placement(1f, 0, 0, 0);

    /** A point of the view as {x, y} in the frame. */
    float[] toFrame(float[] point) {
        float x = point[0] * scale;
        float y = point[1] * scale;
        if (turnedHeight > 0) {
            // Turning clockwise took (x, y) of the part to (height - 1 - y, x).
            float partX = y;
            y = turnedHeight - 1 - x;
            x = partX;
        }
        return new float[] {x + left, y + top};
    }
}
