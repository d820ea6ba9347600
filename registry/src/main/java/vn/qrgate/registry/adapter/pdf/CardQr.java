package vn.qrgate.registry.adapter.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;

/**
 * A QG1 code as a QR symbol, kept as a 1-bit grey image of one pixel per module, already
 * Flate-compressed. The printed size comes from the transform the image is drawn with, and a viewer or
 * printer scales a bitmap without smoothing it (no /Interpolate), so the modules stay sharp. An image
 * rather than one rectangle per run of modules (as the poster's {@link QrSymbol} draws): a card's
 * symbol has ~70 × 70 modules, ~1 500 runs, which for a sheet of 50 000 cards is hundreds of MB of
 * page content against ~0.4 kB per image. Encoding and compression need no document, so many symbols
 * can be made on other threads while one thread lays out the pages.
 */
final class CardQr {

    static final int QUIET_ZONE_MODULES = 4;
    /**
     * Level M (15 % recovery) rather than the poster's Q: a QG1 text of 250–400 bytes then fits version
     * 11–15 (61–77 modules), so at 52 mm a module is 0.68–0.85 mm, easy for a fixed-focus reader camera
     * held close and for a phone; at Q it would be version 15–18 and modules down to 0.58 mm. A card
     * lives in a wallet or a sleeve, not on a market wall, so it needs less repair than a poster.
     */
    static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.M;
    /**
     * Short codes would give versions whose modules are so large that the 4-module quiet zone outgrows
     * the space kept for it; from version 10 (57 modules) on it is at most 3.7 mm at 52 mm.
     */
    static final int MIN_VERSION = 10;

    private final int size;
    private final byte[] deflated;

    private CardQr(int size, byte[] deflated) {
        this.size = size;
        this.deflated = deflated;
    }

    static CardQr encode(String code) {
        QRCode symbol;
        try {
            symbol = Encoder.encode(code, LEVEL);
            if (symbol.getVersion().getVersionNumber() < MIN_VERSION) {
                symbol = Encoder.encode(code, LEVEL, Map.of(EncodeHintType.QR_VERSION, MIN_VERSION));
            }
        } catch (WriterException e) {
            throw new InvalidCardContentException("code",
                    "does not fit in a QR symbol at error correction level " + LEVEL);
        }
        ByteMatrix modules = symbol.getMatrix();
        return new CardQr(modules.getWidth(), deflate(packed(modules)));
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return size;
    }

    /** The quiet zone's width when the symbol is printed {@code side} wide. */
    float quietZone(float side) {
        return QUIET_ZONE_MODULES * side / size;
    }

    /** A new image object in {@code document}, the compressed bytes copied as they are. */
    PDImageXObject toImage(PDDocument document) throws IOException {
        return new PDImageXObject(document, new ByteArrayInputStream(deflated), COSName.FLATE_DECODE,
                size, size, 1, PDDeviceGray.INSTANCE);
    }

    /** Rows of whole bytes, first module in the high bit; in DeviceGray 1 is white, 0 is black. */
    private static byte[] packed(ByteMatrix modules) {
        int n = modules.getWidth();
        int rowBytes = (n + 7) / 8;
        byte[] bits = new byte[rowBytes * n];
        Arrays.fill(bits, (byte) 0xff);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (modules.get(x, y) == 1) {
                    bits[y * rowBytes + x / 8] &= (byte) ~(0x80 >>> (x % 8));
                }
            }
        }
        return bits;
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
