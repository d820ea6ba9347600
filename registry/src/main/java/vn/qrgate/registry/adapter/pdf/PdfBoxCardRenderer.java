package vn.qrgate.registry.adapter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.qrgate.registry.domain.cards.CardFace;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;
import vn.qrgate.registry.port.CardRenderer;

/**
 * QG1 cards as PDF: one card on a page of its own ({@link CardFaceLayout}, 100 × 70 mm), or many on
 * A4 sheets of eight ({@link CardSheetPage}). Fonts are read once per renderer and embedded once per
 * document. For a sheet, the QR symbols of the next batch of cards are encoded on the common pool
 * (with two cores: its one worker and the thread {@code supplyAsync} starts) while this thread lays
 * out the pages of the current batch; the page streams are cached in a temporary file and each QR is
 * an inline image, so 50 000 cards (6 250 pages, ~50 MB) fit in a 128 MB heap. The PDF is written
 * to the stream only once every card is laid out: a card that cannot be printed leaves it untouched.
 */
public final class PdfBoxCardRenderer implements CardRenderer {

    /** A whole number of pages, and enough cards that handing a batch to another thread is worth it. */
    private static final int BATCH = CardSheetPage.CARDS_PER_PAGE * 64;

    private final PosterFonts fonts = PosterFonts.bundled();

    @Override
    public byte[] card(CardFace face) {
        CardQr qr = CardQr.encode(face.code());
        try (PDDocument document = new PDDocument()) {
            CardFaceLayout.CardFonts loaded = CardFaceLayout.CardFonts.of(fonts.loadInto(document));
            List<CardText> blocks = CardFaceLayout.blocks(face, CardFaceLayout.title(loaded), loaded);
            PDPage page = new PDPage(new PDRectangle(CardFaceLayout.WIDTH, CardFaceLayout.HEIGHT));
            document.addPage(page);
            describe(document, "Thẻ mã QR cá nhân QR Gate (QG1)");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                CardFaceLayout.draw(out, 0, 0, blocks, qr);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a card PDF", e);
        }
    }

    @Override
    public void sheet(List<CardFace> faces, OutputStream out) {
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("no cards to lay out");
        }
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            // Subsets even for 50 000 cards: measured, embedding the whole fonts saved no time.
            CardFaceLayout.CardFonts loaded = CardFaceLayout.CardFonts.of(fonts.loadInto(document));
            CardText title = CardFaceLayout.title(loaded);
            describe(document, "Thẻ mã QR cá nhân QR Gate (QG1) để in và cắt");
            int pageCount = CardSheetPage.pages(faces.size());
            CompletableFuture<List<CardQr>> next = encodeLater(faces, 0);
            for (int start = 0; start < faces.size(); start += BATCH) {
                List<CardQr> symbols = await(next, start);
                if (start + BATCH < faces.size()) {
                    next = encodeLater(faces, start + BATCH);
                }
                for (int first = 0; first < symbols.size(); first += CardSheetPage.CARDS_PER_PAGE) {
                    int index = start + first;
                    int cards = Math.min(CardSheetPage.CARDS_PER_PAGE, faces.size() - index);
                    addPage(document, faces.subList(index, index + cards), symbols.subList(first, first + cards),
                            index, index / CardSheetPage.CARDS_PER_PAGE + 1, pageCount, title, loaded);
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a sheet of " + faces.size() + " cards", e);
        }
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    private static void addPage(PDDocument document, List<CardFace> faces, List<CardQr> symbols, int firstIndex,
                                int pageNumber, int pageCount, CardText title, CardFaceLayout.CardFonts fonts)
            throws IOException {
        PDPage page = new PDPage(CardSheetPage.PAGE);
        document.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            CardSheetPage.drawFurniture(out, faces.size(), pageNumber, pageCount, fonts.regular());
            for (int slot = 0; slot < faces.size(); slot++) {
                List<CardText> blocks;
                try {
                    blocks = CardFaceLayout.blocks(faces.get(slot), title, fonts);
                } catch (InvalidCardContentException e) {
                    throw e.atCard(firstIndex + slot + 1);
                }
                CardFaceLayout.draw(out, CardSheetPage.cardLeft(slot), CardSheetPage.cardBottom(slot), blocks,
                        symbols.get(slot));
            }
        }
    }

    /** The symbols of the batch starting at {@code start}, in order, encoded on the common pool. */
    private static CompletableFuture<List<CardQr>> encodeLater(List<CardFace> faces, int start) {
        List<CardFace> batch = faces.subList(start, Math.min(faces.size(), start + BATCH));
        return CompletableFuture.supplyAsync(() -> {
            CardQr[] symbols = new CardQr[batch.size()];
            IntStream.range(0, symbols.length).parallel().forEach(i -> {
                try {
                    symbols[i] = CardQr.encodeWithSheetMask(batch.get(i).code());
                } catch (InvalidCardContentException e) {
                    throw e.atCard(start + i + 1);
                }
            });
            return List.of(symbols);
        });
    }

    private static List<CardQr> await(CompletableFuture<List<CardQr>> symbols, int start) {
        try {
            return symbols.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("encoding the QR symbols from card " + (start + 1), e.getCause());
        }
    }

    /** Title and language only: a file name or a viewer's title bar must not show whose cards these are. */
    private static void describe(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("QR Gate registry");
        document.getDocumentCatalog().setLanguage("vi");
    }
}
