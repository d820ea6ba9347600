package vn.qrgate.registry.adapter.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.FinderPattern;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A poster PDF as a reader of it sees it: the text a PDF viewer extracts, and the page printed at
 * {@link #DPI} as grey pixels, from which the QR is scanned and measured like a ruler on paper would.
 */
final class PrintedPoster {

    static final int DPI = 150;
    private static final int LIGHT = 128;

    final String text;
    final BufferedImage image;

    private PrintedPoster(String text, BufferedImage image) {
        this.text = text;
        this.image = image;
    }

    static PrintedPoster of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            return new PrintedPoster(text, image);
        }
    }

    /** The extracted lines, trimmed, blank ones left out. */
    List<String> lines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    Result scan() throws NotFoundException, com.google.zxing.ChecksumException, com.google.zxing.FormatException {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new GreyImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, true,
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
    }

    /**
     * The symbol's outline in pixels, found by walking outwards from the top-left and top-right finder
     * centres (and down from the bottom-left one) to the last dark pixel before the quiet zone.
     */
    Outline outline(Result scanned) {
        ResultPoint[] points = scanned.getResultPoints();
        FinderPattern bottomLeft = (FinderPattern) points[0];
        FinderPattern topLeft = (FinderPattern) points[1];
        FinderPattern topRight = (FinderPattern) points[2];
        int module = Math.round(topLeft.getEstimatedModuleSize());
        int left = lastDarkBeforeLight(Math.round(topLeft.getX()), Math.round(topLeft.getY()), -1, 0, module);
        int right = lastDarkBeforeLight(Math.round(topRight.getX()), Math.round(topRight.getY()), 1, 0, module);
        int top = lastDarkBeforeLight(Math.round(topLeft.getX()), Math.round(topLeft.getY()), 0, -1, module);
        int bottom = lastDarkBeforeLight(Math.round(bottomLeft.getX()), Math.round(bottomLeft.getY()), 0, 1, module);
        return new Outline(left, top, right, bottom, topLeft.getEstimatedModuleSize());
    }

    /** From a finder centre: its dark core, light ring, dark ring, then at least two modules of light. */
    private int lastDarkBeforeLight(int x, int y, int dx, int dy, int module) {
        int lastDark = -1;
        int lightRun = 0;
        for (int cx = x, cy = y; cx >= 0 && cy >= 0 && cx < image.getWidth() && cy < image.getHeight();
                cx += dx, cy += dy) {
            if (isDark(cx, cy)) {
                lastDark = dx != 0 ? cx : cy;
                lightRun = 0;
            } else if (++lightRun > 2 * module) {
                return lastDark;
            }
        }
        throw new AssertionError("no quiet zone beyond the finder pattern at " + x + "," + y);
    }

    boolean isDark(int x, int y) {
        return (image.getRaster().getSample(x, y, 0) & 0xff) < LIGHT;
    }

    /** Dark pixels in the rectangle, right and bottom edges excluded. */
    int darkPixelsIn(int left, int top, int right, int bottom) {
        int dark = 0;
        for (int y = Math.max(0, top); y < Math.min(image.getHeight(), bottom); y++) {
            for (int x = Math.max(0, left); x < Math.min(image.getWidth(), right); x++) {
                if (isDark(x, y)) {
                    dark++;
                }
            }
        }
        return dark;
    }

    /** The QR symbol's edges in pixels, inclusive, quiet zone excluded. */
    record Outline(int left, int top, int right, int bottom, float moduleSize) {

        double widthCm() {
            return (right - left + 1) * 2.54 / DPI;
        }

        double heightCm() {
            return (bottom - top + 1) * 2.54 / DPI;
        }
    }

    static void assertSquareAtLeast(Outline outline, double cm) {
        assertThat(outline.widthCm()).as("QR width in cm").isGreaterThanOrEqualTo(cm);
        assertThat(outline.heightCm()).as("QR height in cm").isGreaterThanOrEqualTo(cm);
    }
}
