package vn.qrgate.reader.adapter.camera;

/**
 * A rectangle of the frame, in pixels from the top-left corner: the part of the picture where a code
 * is held (the window of a kiosk), so the decoder skips the rest and cannot pick up a code on a
 * poster behind the visitor.
 */
public record Region(int x, int y, int width, int height) {

    /** Smaller than this cannot hold the smallest QR code (21 modules) at one pixel per module. */
    public static final int MIN_SIDE = 21;

    public Region {
        if (x < 0 || y < 0) {
            throw new CameraSettingsException("regionOfInterest", x + "," + y, "the corner must not be negative");
        }
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw new CameraSettingsException("regionOfInterest", width + "x" + height,
                    "width and height must be at least " + MIN_SIDE + " pixels");
        }
    }

    boolean fitsIn(int frameWidth, int frameHeight) {
        return (long) x + width <= frameWidth && (long) y + height <= frameHeight;
    }

    @Override
    public String toString() {
        return width + "x" + height + "+" + x + "+" + y;
    }
}
