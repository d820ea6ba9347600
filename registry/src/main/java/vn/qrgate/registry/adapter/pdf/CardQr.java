package vn.qrgate.registry.adapter.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;

/**
 * A QG1 code as a QR symbol, kept as the operators of a 1-bit grey inline image of one pixel per
 * module, Flate-compressed then hex-encoded. The printed size comes from the transform the image is
 * drawn with, and a viewer or printer scales a bitmap without smoothing it (no /I), so the modules stay
 * sharp. An image rather than one rectangle per run of modules (as the poster's {@link QrSymbol}
 * draws): a card's symbol has ~70 × 70 modules, ~1 500 runs, which for a sheet of 50 000 cards is
 * hundreds of MB of page content against ~0.8 kB per image. Inline rather than an image object:
 * PDFBox keeps at least 4 kB of buffer per stream object until the document is saved, so 50 000 image
 * objects needed over 200 MB of heap. Hex (/AHx) because binary inline data may by chance hold the
 * bytes " EI " that end an inline image, which some readers take for its end; the page's content
 * stream is compressed again anyway. Encoding needs no document, so many symbols can be made on other
 * threads while one thread lays out the pages.
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
    /** Pattern 0, the checkerboard: it breaks up runs in every direction. */
    static final int SHEET_MASK = 0;

    private final int size;
    private final byte[] inlineImage;

    private CardQr(int size, byte[] inlineImage) {
        this.size = size;
        this.inlineImage = inlineImage;
    }

    /** The symbol with the mask pattern ZXing finds best of the eight, as the standard describes. */
    static CardQr encode(String code) {
        return encode(code, Map.of());
    }

    /**
     * The symbol with mask pattern {@link #SHEET_MASK}, not the best of the eight. Trying all eight is
     * ~85 % of ZXing's encoding time (2.5 ms against 0.3 ms a symbol here), over two minutes of one
     * core for a sheet of 50 000 cards. The search avoids blocks and finder-like runs that a mask
     * happens to create in regular data; a QG1 code is mostly base64 of a signature and of JSON, close
     * to random, so any mask leaves it close to random. Measured on 600 such codes drawn at 4 pixels a
     * module, ZXing's reader missed 6 with mask 0 and 7 with its own choice (all in its finder
     * detection: every one decodes as a pure barcode), so the choice buys nothing a reader can see.
     */
    static CardQr encodeWithSheetMask(String code) {
        return encode(code, Map.of(EncodeHintType.QR_MASK_PATTERN, SHEET_MASK));
    }

    private static CardQr encode(String code, Map<EncodeHintType, Object> hints) {
        QRCode symbol;
        try {
            symbol = Encoder.encode(code, LEVEL, hints);
            if (symbol.getVersion().getVersionNumber() < MIN_VERSION) {
                Map<EncodeHintType, Object> atMinimum = new HashMap<>(hints);
                atMinimum.put(EncodeHintType.QR_VERSION, MIN_VERSION);
                symbol = Encoder.encode(code, LEVEL, atMinimum);
            }
        } catch (WriterException e) {
            throw new InvalidCardContentException("code",
                    "does not fit in a QR symbol at error correction level " + LEVEL);
        }
        ByteMatrix modules = symbol.getMatrix();
        int n = modules.getWidth();
        String image = "BI /W " + n + " /H " + n + " /BPC 1 /CS /G /F [/AHx /Fl] ID\n"
                + HexFormat.of().formatHex(deflate(packed(modules))) + ">\nEI\n";
        return new CardQr(n, image.getBytes(StandardCharsets.US_ASCII));
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return size;
    }

    /** The quiet zone's width when the symbol is printed {@code side} wide. */
    float quietZone(float side) {
        return QUIET_ZONE_MODULES * side / size;
    }

    /**
     * Draws the symbol {@code side} points square, its bottom-left corner at ({@code x}, {@code y}); the
     * current graphics state is saved around it.
     */
    void draw(PDPageContentStream out, float x, float y, float side) throws IOException {
        out.saveGraphicsState();
        out.transform(new Matrix(side, 0, 0, side, x, y));
        out.appendRawCommands(inlineImage);
        out.restoreGraphicsState();
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
