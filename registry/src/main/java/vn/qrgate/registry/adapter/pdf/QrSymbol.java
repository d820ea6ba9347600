package vn.qrgate.registry.adapter.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The check-in URL as a QR symbol, drawn as filled rectangles so it prints as sharp as the printer can
 * go. Level Q survives a quarter of the symbol being soiled or torn, which a poster on a market wall meets.
 */
final class QrSymbol {

    static final int QUIET_ZONE_MODULES = 4;
    /**
     * Short URLs would fit version 1 to 4, whose modules at 16 cm are so large that the 4-module quiet
     * zone no longer fits between the symbol and the text; from version 5 on it is at most 49 pt.
     */
    static final int MIN_VERSION = 5;
    private static final ErrorCorrectionLevel LEVEL = ErrorCorrectionLevel.Q;

    private final ByteMatrix modules;

    private QrSymbol(ByteMatrix modules) {
        this.modules = modules;
    }

    static QrSymbol encode(String payload) {
        try {
            QRCode code = Encoder.encode(payload, LEVEL);
            if (code.getVersion().getVersionNumber() < MIN_VERSION) {
                code = Encoder.encode(payload, LEVEL, Map.of(EncodeHintType.QR_VERSION, MIN_VERSION));
            }
            return new QrSymbol(code.getMatrix());
        } catch (WriterException e) {
            // PosterContent caps the URL far below what a QR holds, so this is a broken invariant.
            throw new IllegalStateException("the check-in URL could not be encoded as a QR code", e);
        }
    }

    /** Modules per side, without the quiet zone. */
    int size() {
        return modules.getWidth();
    }

    /**
     * Fills the dark modules in a square of {@code side} points whose top-left corner is at
     * ({@code left}, {@code top}) in PDF coordinates (y grows upwards). Each run of dark modules in a row
     * is one rectangle: fewer operators, and no hairline gaps between neighbours in a viewer.
     */
    void draw(PDPageContentStream page, float left, float top, float side) throws IOException {
        int n = size();
        float module = side / n;
        page.setNonStrokingColor(0f);
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (modules.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && modules.get(x, y) == 1) {
                    x++;
                }
                page.addRect(left + start * module, top - (y + 1) * module, (x - start) * module, module);
            }
        }
        page.fill();
    }
}
