package vn.qrgate.reader.adapter.camera.decode;

import vn.qrgate.reader.adapter.camera.LumaFrame;

/**
 * Whole-picture operations on grey frames, written into a buffer the caller supplies so the decoder
 * can reuse one buffer per operation from frame to frame. Every result is a packed frame at offset 0.
 */
public final class GreyTransforms {

    private GreyTransforms() {
    }

    /** A buffer of at least {@code size} bytes: {@code buffer} itself when it is big enough. */
    static byte[] atLeast(byte[] buffer, int size) {
        return buffer != null && buffer.length >= size ? buffer : new byte[size];
    }

    /**
     * The frame turned a quarter clockwise: source pixel (x, y) lands at (height-1-y, x). ZXing's
     * finder-pattern search scans rows, so a code it misses at one angle it often finds at another.
     */
    public static LumaFrame rotateClockwise(LumaFrame src, byte[] into) {
        int w = src.width();
        int h = src.height();
        byte[] out = atLeast(into, w * h);
        byte[] in = src.data();
        for (int y = 0; y < h; y++) {
            int row = src.offset() + y * src.rowStride();
            int column = h - 1 - y;
            for (int x = 0; x < w; x++) {
                out[x * h + column] = in[row + x];
            }
        }
        return new LumaFrame(out, 0, h, w, h);
    }

    /** A fresh copy turned by 0, 90, 180 or 270 degrees clockwise: tests and benchmarks rotate the corpus with it. */
    public static LumaFrame rotated(LumaFrame src, int degreesClockwise) {
        if (degreesClockwise % 90 != 0 || degreesClockwise < 0 || degreesClockwise >= 360) {
            throw new IllegalArgumentException("rotation " + degreesClockwise + ": must be 0, 90, 180 or 270");
        }
        LumaFrame out = packedCopy(src);
        for (int turned = 0; turned < degreesClockwise; turned += 90) {
            out = rotateClockwise(out, null);
        }
        return out;
    }

    static LumaFrame packedCopy(LumaFrame src) {
        byte[] out = new byte[src.width() * src.height()];
        for (int y = 0; y < src.height(); y++) {
            System.arraycopy(src.data(), src.offset() + y * src.rowStride(), out, y * src.width(), src.width());
        }
        return LumaFrame.packed(out, src.width(), src.height());
    }

    /** Half the size, each pixel the mean of a 2x2 block: a large frame's code survives, the cost falls fourfold. */
    public static LumaFrame halve(LumaFrame src, byte[] into) {
        int w = src.width() / 2;
        int h = src.height() / 2;
        byte[] out = atLeast(into, w * h);
        byte[] in = src.data();
        int stride = src.rowStride();
        for (int y = 0; y < h; y++) {
            int top = src.offset() + 2 * y * stride;
            int bottom = top + stride;
            int at = y * w;
            for (int x = 0; x < w; x++) {
                int sum = (in[top + 2 * x] & 0xff) + (in[top + 2 * x + 1] & 0xff)
                        + (in[bottom + 2 * x] & 0xff) + (in[bottom + 2 * x + 1] & 0xff);
                out[at + x] = (byte) ((sum + 2) >> 2);
            }
        }
        return new LumaFrame(out, 0, w, h, w);
    }

    /**
     * Twice the size by bilinear interpolation: small modules (2 to 3 pixels) get enough pixels for
     * the binarizer's 8-pixel blocks and the detector's module-size estimate. Output pixel (X, Y)
     * samples the source at ((X - 0.5) / 2, (Y - 0.5) / 2), in quarter-pixel fixed point.
     */
    public static LumaFrame doubled(LumaFrame src, byte[] into) {
        int sw = src.width();
        int sh = src.height();
        int w = sw * 2;
        int h = sh * 2;
        byte[] out = atLeast(into, w * h);
        byte[] in = src.data();
        int stride = src.rowStride();
        for (int y = 0; y < h; y++) {
            // Source row position in quarters: (2y - 1) / 4 of a pixel.
            int sy4 = Math.max(0, 2 * y - 1);
            int y0 = Math.min(sh - 1, sy4 >> 2);
            int y1 = Math.min(sh - 1, y0 + 1);
            int fy = sy4 & 3;
            int row0 = src.offset() + y0 * stride;
            int row1 = src.offset() + y1 * stride;
            int at = y * w;
            for (int x = 0; x < w; x++) {
                int sx4 = Math.max(0, 2 * x - 1);
                int x0 = Math.min(sw - 1, sx4 >> 2);
                int x1 = Math.min(sw - 1, x0 + 1);
                int fx = sx4 & 3;
                int top = (in[row0 + x0] & 0xff) * (4 - fx) + (in[row0 + x1] & 0xff) * fx;
                int bottom = (in[row1 + x0] & 0xff) * (4 - fx) + (in[row1 + x1] & 0xff) * fx;
                out[at + x] = (byte) ((top * (4 - fy) + bottom * fy + 8) >> 4);
            }
        }
        return new LumaFrame(out, 0, w, h, w);
    }
}
