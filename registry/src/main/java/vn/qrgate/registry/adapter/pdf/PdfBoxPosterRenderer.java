package vn.qrgate.registry.adapter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.qrgate.registry.domain.poster.PosterContent;
import vn.qrgate.registry.domain.poster.PosterText;
import vn.qrgate.registry.port.PosterRenderer;

/**
 * An A4 portrait poster: the venue's name large at the top, its type, code and address small, the
 * title, the QR (16 cm, centred in the space left) and the numbered steps under it. Sizes are in PDF
 * points (1/72 inch). Each text block has a box sized for the longest content {@link PosterContent}
 * allows; its font shrinks to fit, so the QR and its quiet zone keep their space whatever the name.
 */
public final class PdfBoxPosterRenderer implements PosterRenderer {

    public static final float POINTS_PER_CM = 72f / 2.54f;
    /** DESIGN §3 asks for at least 15 cm; the spare centimetre absorbs printers that scale to fit. */
    public static final float QR_SIDE_CM = 16f;

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_SIDE = 40f;
    private static final float MARGIN_TOP = 24f;
    private static final float MARGIN_BOTTOM = 22f;
    private static final float GAP = 4f;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN_SIDE;
    private static final float QR_SIDE = QR_SIDE_CM * POINTS_PER_CM;

    private final PosterFonts fonts = PosterFonts.bundled();

    @Override
    public byte[] render(PosterContent content) {
        QrSymbol qr = QrSymbol.encode(content.qrPayload());
        try (PDDocument document = new PDDocument()) {
            PosterFonts.Loaded loaded = fonts.loadInto(document);
            Blocks blocks = Blocks.set(content, loaded);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            describe(document, content);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                draw(out, blocks, qr);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the poster PDF for venue " + content.venueCode(), e);
        }
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    /** The text of the poster, each block already fitted to its box. */
    private record Blocks(SetText name, SetText details, SetText address, SetText title, SetText steps,
                          SetText withoutSmartphone) {

        static Blocks set(PosterContent content, PosterFonts.Loaded fonts) {
            PosterText text = content.text();
            String details = content.venueType() + " · " + text.venueCodeLabel() + ": " + content.venueCode();
            return new Blocks(
                    SetText.fit("venue name", List.of(content.venueName()), fonts.bold(), 30, 12, TEXT_WIDTH, 80),
                    SetText.fit("venue type and code", List.of(details), fonts.regular(), 12, 7, TEXT_WIDTH, 26),
                    SetText.fit("address", content.address().map(List::of).orElse(List.of()), fonts.regular(),
                            11, 7, TEXT_WIDTH, 26),
                    SetText.fit("title", List.of(text.title()), fonts.bold(), 20, 10, TEXT_WIDTH, 24),
                    SetText.fit("instruction steps", text.numberedSteps(), fonts.regular(), 13, 8, TEXT_WIDTH, 47),
                    SetText.fit("note for visitors without a smartphone", List.of(text.withoutSmartphone()),
                            fonts.regular(), 11, 7, TEXT_WIDTH, 27));
        }
    }

    private static void draw(PDPageContentStream out, Blocks blocks, QrSymbol qr) throws IOException {
        float y = PAGE.getHeight() - MARGIN_TOP;
        y = writeCentred(out, blocks.name(), y) - GAP;
        y = writeCentred(out, blocks.details(), y);
        y = writeCentred(out, blocks.address(), y) - GAP;
        float spaceTop = writeCentred(out, blocks.title(), y);

        float bottom = MARGIN_BOTTOM + blocks.withoutSmartphone().height();
        writeCentred(out, blocks.withoutSmartphone(), bottom);
        bottom += GAP + blocks.steps().height();
        writeCentred(out, blocks.steps(), bottom);
        float spaceBottom = bottom;

        float quietZone = QrSymbol.QUIET_ZONE_MODULES * QR_SIDE / qr.size();
        float free = spaceTop - spaceBottom - QR_SIDE - 2 * quietZone;
        if (free < 0 || (PAGE.getWidth() - QR_SIDE) / 2 < quietZone) {
            // The text boxes are sized so this cannot happen for any content PosterContent accepts.
            throw new IllegalStateException("poster layout leaves no room for the QR and its quiet zone ("
                    + free + " pt short)");
        }
        float qrTop = spaceTop - quietZone - free / 2;
        qr.draw(out, (PAGE.getWidth() - QR_SIDE) / 2, qrTop, QR_SIDE);
    }

    /** Writes the lines centred, the first one's top at {@code top}; returns the bottom of the block. */
    private static float writeCentred(PDPageContentStream out, SetText text, float top) throws IOException {
        float y = top;
        for (String line : text.lines()) {
            y -= text.lineHeight();
            float width = SetText.width(text.font(), text.size(), line);
            out.beginText();
            out.setFont(text.font(), text.size());
            out.setNonStrokingColor(0f);
            // The baseline sits a fifth of the line height above the line's bottom, room for descenders.
            out.newLineAtOffset((PAGE.getWidth() - width) / 2, y + text.lineHeight() * 0.2f);
            out.showText(line);
            out.endText();
        }
        return y;
    }

    private static void describe(PDDocument document, PosterContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.text().title() + " – " + content.venueName());
        info.setSubject(content.venueCode());
        info.setCreator("QR Gate registry");
        document.getDocumentCatalog().setLanguage("vi");
    }
}
