package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.LuminanceSource;

/**
 * ZXing's view of a grey plane that stays where it is: rows are read at {@code offset + y * stride},
 * so a camera's Y plane with any offset and row padding is used in place, and cropping to a region of
 * interest costs nothing. ZXing's own PlanarYUVLuminanceSource has no offset parameter and allocates a
 * fresh array for every cropped matrix; this one copies a cropped or inverted matrix into a buffer the
 * decoder owns and reuses from frame to frame. Single-threaded, like the decoder.
 */
final class GreyPlaneSource extends LuminanceSource {

    /** Grows when a larger matrix is asked for; shared by every view made from one root source. */
    static final class Scratch {
        private byte[] matrix = new byte[0];

        byte[] atLeast(int size) {
            if (matrix.length < size) {
                matrix = new byte[size];
            }
            return matrix;
        }
    }

    private final byte[] data;
    private final int offset;
    private final int stride;
    private final boolean inverted;
    private final Scratch scratch;

    GreyPlaneSource(byte[] data, int offset, int width, int height, int stride, boolean inverted, Scratch scratch) {
        super(width, height);
        this.data = data;
        this.offset = offset;
        this.stride = stride;
        this.inverted = inverted;
        this.scratch = scratch;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " is outside a source " + getHeight() + " rows high");
        }
        int width = getWidth();
        byte[] out = row == null || row.length < width ? new byte[width] : row;
        int start = offset + y * stride;
        if (inverted) {
            for (int x = 0; x < width; x++) {
                out[x] = (byte) ~data[start + x];
            }
        } else {
            System.arraycopy(data, start, out, 0, width);
        }
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int width = getWidth();
        int height = getHeight();
        if (!inverted && offset == 0 && stride == width) {
            return data; // already packed; binarizers read only width * height of it
        }
        byte[] out = scratch.atLeast(width * height);
        for (int y = 0; y < height; y++) {
            getRow(y, out, y * width);
        }
        return out;
    }

    private void getRow(int y, byte[] out, int at) {
        int start = offset + y * stride;
        int width = getWidth();
        if (inverted) {
            for (int x = 0; x < width; x++) {
                out[at + x] = (byte) ~data[start + x];
            }
        } else {
            System.arraycopy(data, start, out, at, width);
        }
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int left, int top, int width, int height) {
        if (left < 0 || top < 0 || width < 1 || height < 1 || left + width > getWidth() || top + height > getHeight()) {
            throw new IllegalArgumentException("crop " + width + "x" + height + " at " + left + "," + top
                    + " does not fit in " + getWidth() + "x" + getHeight());
        }
        return new GreyPlaneSource(data, offset + top * stride + left, width, height, stride, inverted, scratch);
    }

    @Override
    public LuminanceSource invert() {
        return new GreyPlaneSource(data, offset, getWidth(), getHeight(), stride, !inverted, scratch);
    }
}
