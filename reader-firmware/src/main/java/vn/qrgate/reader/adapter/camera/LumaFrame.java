package vn.qrgate.reader.adapter.camera;

import java.util.Objects;

/**
 * One grey (luminance) picture inside a byte array, not copied: a camera's Y plane, a raw grey frame,
 * or a decoded image file. Row {@code y} starts at {@code offset + y * rowStride}.
 */
public record LumaFrame(byte[] data, int offset, int width, int height, int rowStride) {

    public LumaFrame {
        Objects.requireNonNull(data, "data");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("frame size " + width + "x" + height + ": both must be at least 1");
        }
        if (rowStride < width) {
            throw new IllegalArgumentException("row stride " + rowStride + " is less than the width " + width);
        }
        if (offset < 0 || (long) offset + (long) rowStride * (height - 1) + width > data.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame at offset " + offset
                    + " with row stride " + rowStride + " does not fit in " + data.length + " bytes");
        }
    }

    /** A tightly packed frame at the start of {@code data}. */
    public static LumaFrame packed(byte[] data, int width, int height) {
        return new LumaFrame(data, 0, width, height, width);
    }

    @Override
    public String toString() {
        return "LumaFrame[" + width + "x" + height + "]";
    }
}
