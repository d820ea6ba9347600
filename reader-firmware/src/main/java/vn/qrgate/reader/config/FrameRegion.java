package vn.qrgate.reader.config;

/**
 * The part of a camera's picture that is decoded, in pixels from the top-left corner: where people
 * hold their code, so a poster behind them is never read and decoding is quicker.
 */
public record FrameRegion(int x, int y, int width, int height) {

    /** The smallest QR code has 21 modules a side. */
    public static final int MIN_SIDE = 21;

    public FrameRegion {
        if (x < 0 || y < 0 || width < MIN_SIDE || height < MIN_SIDE) {
            throw new IllegalArgumentException("a region starts at x, y >= 0 and is at least " + MIN_SIDE + " pixels "
                    + "a side, not " + width + "x" + height + " at " + x + "," + y);
        }
    }

    boolean fitsIn(int frameWidth, int frameHeight) {
        return (long) x + width <= frameWidth && (long) y + height <= frameHeight;
    }

    @Override
    public String toString() {
        return width + "x" + height + " at " + x + "," + y;
    }
}
