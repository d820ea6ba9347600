package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Arrays;
import java.util.Map;

/** QR codes drawn into grey buffers by ZXing's encoder, placed and sized as a test needs. */
final class QrPictures {

    static final byte PAPER = (byte) 230;
    static final byte INK = (byte) 30;

    private QrPictures() {
    }

    /** The code's modules; a {@code charset} other than null is declared in the code by an ECI. */
    static ByteMatrix modules(String text, String charset) {
        try {
            Map<EncodeHintType, ?> hints = charset == null ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, charset);
            return Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a test code", e);
        }
    }

    /** The shortest encoding ZXing finds: numeric, alphanumeric and byte segments mixed as they fit the text. */
    static ByteMatrix compactModules(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_COMPACT, true)).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a test code", e);
        }
    }

    /** A {@code width}x{@code height} grey picture of paper with the code's top-left corner at (left, top). */
    static byte[] draw(ByteMatrix code, int moduleSize, int width, int height, int left, int top, boolean inverted) {
        byte[] grey = new byte[width * height];
        Arrays.fill(grey, inverted ? INK : PAPER);
        drawInto(grey, width, code, moduleSize, left, top, inverted);
        return grey;
    }

    static void drawInto(byte[] grey, int stride, ByteMatrix code, int moduleSize, int left, int top, boolean inverted) {
        for (int my = 0; my < code.getHeight(); my++) {
            for (int mx = 0; mx < code.getWidth(); mx++) {
                boolean dark = code.get(mx, my) == 1;
                byte value = dark != inverted ? INK : PAPER;
                for (int dy = 0; dy < moduleSize; dy++) {
                    int row = (top + my * moduleSize + dy) * stride + left + mx * moduleSize;
                    Arrays.fill(grey, row, row + moduleSize, value);
                }
            }
        }
    }
}
