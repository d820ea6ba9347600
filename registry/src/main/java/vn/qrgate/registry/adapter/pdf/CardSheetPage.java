package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * An A4 portrait sheet of cards: 2 columns × 4 rows of 100 × 70 mm cards, edge to edge (one cut
 * between neighbours, not two), 5 mm from the sides, 7 mm from the top, which leaves 10 mm at the
 * bottom for the page number. Light grey cut lines run along every card edge and 2 mm beyond the
 * outer ones; they are outside every card's margins, so they never touch a QR's quiet zone.
 */
final class CardSheetPage {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final int CARDS_PER_PAGE = COLUMNS * ROWS;

    private static final float MM = CardFaceLayout.POINTS_PER_MM;
    private static final float GRID_LEFT = 5 * MM;
    private static final float GRID_TOP = PAGE.getHeight() - 7 * MM;
    private static final float OVERHANG = 2 * MM;
    private static final float CUT_GREY = 0.75f;
    private static final float CUT_WIDTH = 0.3f;
    private static final float FOOTER_SIZE = 7f;
    private static final float FOOTER_BASELINE = 4 * MM;

    private CardSheetPage() {
    }

    static int pages(int cards) {
        return (cards + CARDS_PER_PAGE - 1) / CARDS_PER_PAGE;
    }

    /** The bottom-left corner of the card at {@code slot} (0 top left, 1 top right, 2 second row left, …). */
    static float cardLeft(int slot) {
        return GRID_LEFT + (slot % COLUMNS) * CardFaceLayout.WIDTH;
    }

    static float cardBottom(int slot) {
        return GRID_TOP - (slot / COLUMNS + 1) * CardFaceLayout.HEIGHT;
    }

    /** Cut lines around the rows that hold cards ({@code cards} of them on this page) and the page footer. */
    static void drawFurniture(PDPageContentStream out, int cards, int pageNumber, int pageCount, CardFont font)
            throws IOException {
        int rows = (cards + COLUMNS - 1) / COLUMNS;
        float right = GRID_LEFT + COLUMNS * CardFaceLayout.WIDTH;
        float bottom = GRID_TOP - rows * CardFaceLayout.HEIGHT;
        out.setStrokingColor(CUT_GREY);
        out.setLineWidth(CUT_WIDTH);
        for (int column = 0; column <= COLUMNS; column++) {
            float x = GRID_LEFT + column * CardFaceLayout.WIDTH;
            out.moveTo(x, GRID_TOP + OVERHANG);
            out.lineTo(x, bottom - OVERHANG);
        }
        for (int row = 0; row <= rows; row++) {
            float y = GRID_TOP - row * CardFaceLayout.HEIGHT;
            out.moveTo(GRID_LEFT - OVERHANG, y);
            out.lineTo(right + OVERHANG, y);
        }
        out.stroke();

        String footer = "Trang " + pageNumber + " / " + pageCount;
        out.beginText();
        out.setFont(font.font(), FOOTER_SIZE);
        out.setNonStrokingColor(0.3f);
        out.newLineAtOffset((PAGE.getWidth() - font.width(footer, FOOTER_SIZE)) / 2, FOOTER_BASELINE);
        PlainText.show(out, font, footer);
        out.endText();
        out.setNonStrokingColor(0f);
    }
}
