package vn.qrgate.registry.adapter.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/**
 * A sheet of cards as a reader of it sees it: the text a PDF viewer extracts, each page printed at
 * {@link #DPI} as grey pixels, the card cells cut out of them and scanned one by one, and every image
 * drawn with the size it is printed at.
 */
final class PrintedSheet {

    static final int DPI = 200;
    private static final float PIXELS_PER_POINT = DPI / 72f;

    final String text;
    final int pages;
    final List<BufferedImage> images = new ArrayList<>();
    final List<Drawn> drawnImages = new ArrayList<>();

    private PrintedSheet(String text, int pages) {
        this.text = text;
        this.pages = pages;
    }

    static PrintedSheet of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrintedSheet sheet = new PrintedSheet(new PDFTextStripper().getText(document), document.getNumberOfPages());
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                sheet.images.add(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
                PDPage page = document.getPage(i);
                new ImageSizes(page, i, sheet.drawnImages).processPage(page);
            }
            return sheet;
        }
    }

    /** An image as printed: its page, its bits per pixel, and its bottom-left corner and size in points. */
    record Drawn(int page, int bitsPerComponent, float x, float y, float width, float height) {

        double widthMm() {
            return width * 25.4 / 72;
        }

        double heightMm() {
            return height * 25.4 / 72;
        }
    }

    /** Scans the card in {@code slot} of {@code page}, cut out 1 mm inside its cut lines. */
    Result scanCard(int page, int slot) throws Exception {
        float inset = CardFaceLayout.POINTS_PER_MM;
        BufferedImage image = images.get(page);
        int left = px(CardSheetPage.cardLeft(slot) + inset);
        int top = image.getHeight() - px(CardSheetPage.cardBottom(slot) + CardFaceLayout.HEIGHT - inset);
        int width = px(CardFaceLayout.WIDTH - 2 * inset);
        int height = px(CardFaceLayout.HEIGHT - 2 * inset);
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        card.getGraphics().drawImage(image.getSubimage(left, top, width, height), 0, 0, null);
        return scan(card);
    }

    static Result scan(BufferedImage grey) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new GreyImageLuminanceSource(grey))),
                Map.of(DecodeHintType.TRY_HARDER, true, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
    }

    /** Whether the card cell holds no dark pixel at all: an empty place on the last page. */
    boolean cardCellBlank(int page, int slot) {
        float inset = CardFaceLayout.POINTS_PER_MM;
        BufferedImage image = images.get(page);
        int left = px(CardSheetPage.cardLeft(slot) + inset);
        int top = image.getHeight() - px(CardSheetPage.cardBottom(slot) + CardFaceLayout.HEIGHT - inset);
        for (int y = top; y < top + px(CardFaceLayout.HEIGHT - 2 * inset); y++) {
            for (int x = left; x < left + px(CardFaceLayout.WIDTH - 2 * inset); x++) {
                if ((image.getRaster().getSample(x, y, 0) & 0xff) < 128) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int px(float points) {
        return Math.round(points * PIXELS_PER_POINT);
    }

    /** Records the current transformation when each image is drawn: that is its printed size. */
    private static final class ImageSizes extends PDFGraphicsStreamEngine {
        private final int pageIndex;
        private final List<Drawn> drawn;

        ImageSizes(PDPage page, int pageIndex, List<Drawn> drawn) {
            super(page);
            this.pageIndex = pageIndex;
            this.drawn = drawn;
        }

        @Override
        public void drawImage(PDImage image) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            drawn.add(new Drawn(pageIndex, image.getBitsPerComponent(), ctm.getTranslateX(), ctm.getTranslateY(),
                    ctm.getScalingFactorX(), ctm.getScalingFactorY()));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void moveTo(float x, float y) {
        }

        @Override
        public void lineTo(float x, float y) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
        }

        @Override
        public void strokePath() {
        }

        @Override
        public void fillPath(int windingRule) {
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
