package vn.qrgate.registry.adapter.pdf;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** ZXing's view of a page rendered in 8-bit grey: the raster bytes are already the luminance. */
final class GreyImageLuminanceSource extends LuminanceSource {

    private final byte[] pixels;

    GreyImageLuminanceSource(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("expected an 8-bit grey image, got type " + image.getType());
        }
        this.pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
        return out;
    }

    @Override
    public byte[] getMatrix() {
        return pixels;
    }
}
