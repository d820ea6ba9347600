package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import vn.qrgate.registry.domain.cards.CardFace;

/**
 * One card, 100 × 70 mm landscape: the QR, 52 mm square, on the left, centred top to bottom; on the
 * right a column with the title, the holder's name large and bold, then the masked document number,
 * the issuer, the last valid day and the group. Each text block has a box sized for the longest value
 * it may hold (a name of 100 letters); its font shrinks to fit, so the QR and its quiet zone keep
 * their space whatever the text. Sizes are in PDF points.
 */
final class CardFaceLayout {

    static final float POINTS_PER_MM = 72f / 25.4f;
    static final float WIDTH = 100 * POINTS_PER_MM;
    static final float HEIGHT = 70 * POINTS_PER_MM;
    /** The issue asks for at least 5 × 5 cm; the spare 2 mm absorb printers that scale to fit. */
    static final float QR_SIDE_MM = 52f;
    static final float QR_SIDE = QR_SIDE_MM * POINTS_PER_MM;
    /** Two lines chosen by hand: the column would otherwise break "QR Gate" apart. */
    static final List<String> TITLE = List.of("Mã QR cá nhân", "QR Gate (QG1)");

    private static final float QR_LEFT = 5 * POINTS_PER_MM;
    private static final float QR_TOP = (HEIGHT + QR_SIDE) / 2;
    /** Right of the largest quiet zone {@link CardQr#MIN_VERSION} allows, plus 1 mm. */
    private static final float COLUMN_LEFT = QR_LEFT + QR_SIDE + 4.7f * POINTS_PER_MM;
    private static final float COLUMN_WIDTH = WIDTH - 4 * POINTS_PER_MM - COLUMN_LEFT;
    private static final float COLUMN_TOP = HEIGHT - 5 * POINTS_PER_MM;
    private static final float GAP = 3f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CardFaceLayout() {
    }

    /** A document's two weights of DejaVu Sans. */
    record CardFonts(CardFont regular, CardFont bold) {

        static CardFonts of(PosterFonts.Loaded loaded) {
            return new CardFonts(new CardFont(loaded.regular()), new CardFont(loaded.bold()));
        }
    }

    /** The title block, the same on every card: set once per document. */
    static CardText title(CardFonts fonts) {
        return CardText.fit("title", TITLE, fonts.bold(), 7.5f, 6f, COLUMN_WIDTH, 18f);
    }

    /**
     * The card's text blocks top to bottom, each fitted to its box. The boxes and gaps add up to 172 pt,
     * inside the column's 173 from 5 mm under the card's top edge to 4 mm over its bottom edge.
     */
    static List<CardText> blocks(CardFace face, CardText title, CardFonts fonts) {
        List<CardText> blocks = new ArrayList<>(6);
        blocks.add(title);
        blocks.add(CardText.fit("name", face.name(), fonts.bold(), 15, 6, COLUMN_WIDTH, 55));
        blocks.add(CardText.fit("masked document number", "Số giấy tờ: " + face.maskedDocument(),
                fonts.regular(), 8, 6, COLUMN_WIDTH, 20));
        blocks.add(CardText.fit("issuer", "Đơn vị cấp: " + face.issuer(), fonts.regular(), 8, 5, COLUMN_WIDTH, 24));
        blocks.add(CardText.fit("valid until", "Có giá trị đến: " + DAY.format(face.validUntil()),
                fonts.regular(), 8, 6, COLUMN_WIDTH, 20));
        face.group().ifPresent(group -> blocks.add(
                CardText.fit("group", "Lớp / tổ: " + group, fonts.regular(), 8, 5, COLUMN_WIDTH, 20)));
        return blocks;
    }

    /** Draws the card whose bottom-left corner is at ({@code left}, {@code bottom}). */
    static void draw(PDPageContentStream out, float left, float bottom, List<CardText> blocks, CardQr qr)
            throws IOException {
        qr.draw(out, left + QR_LEFT, bottom + QR_TOP - QR_SIDE, QR_SIDE);
        float y = bottom + COLUMN_TOP;
        out.beginText();
        CardText previous = null;
        for (CardText block : blocks) {
            if (previous != null) {
                y -= GAP;
            }
            if (previous == null || previous.font() != block.font() || previous.size() != block.size()) {
                out.setFont(block.font().font(), block.size());
            }
            for (String line : block.lines()) {
                y -= block.lineHeight();
                // The baseline sits a fifth of the line height above the line's bottom, room for descenders.
                out.setTextMatrix(Matrix.getTranslateInstance(
                        left + COLUMN_LEFT, y + block.lineHeight() * 0.2f));
                PlainText.show(out, block.font(), line);
            }
            previous = block;
        }
        out.endText();
    }
}
