package vn.qrgate.reader.adapter.camera;

/**
 * What the camera command writes per frame. Only the luminance is decoded: QR codes are black and
 * white, and a camera's Y plane is exactly the grey picture ZXing wants.
 */
public enum PixelFormat {
    /** One byte per pixel, e.g. {@code ffmpeg ... -pix_fmt gray -f rawvideo -}. */
    GREY,
    /**
     * Planar I420: the Y plane, then U and V at a quarter size each, e.g.
     * {@code rpicam-vid --codec yuv420 -o -}. U and V are read and thrown away.
     */
    YUV420;

    /** Bytes the command writes per frame. */
    public int frameBytes(int width, int height) {
        int luma = width * height;
        return this == GREY ? luma : luma + luma / 2;
    }
}
