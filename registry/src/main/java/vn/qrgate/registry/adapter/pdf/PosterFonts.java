package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, bundled in the jar (see fonts/dejavu/LICENSE.txt) because the standard 14 PDF fonts
 * have no Vietnamese letters and the server may have no fonts installed. The files are read once;
 * each document embeds only the glyphs it uses.
 */
final class PosterFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final byte[] regular;
    private final byte[] bold;

    private PosterFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PosterFonts bundled() {
        return new PosterFonts(read(REGULAR), read(BOLD));
    }

    /** The fonts of one document, subset-embedded into it. */
    record Loaded(PDType0Font regular, PDType0Font bold) {
    }

    Loaded loadInto(PDDocument document) throws IOException {
        return new Loaded(load(document, regular), load(document, bold));
    }

    private static PDType0Font load(PDDocument document, byte[] ttf) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(ttf), true, false);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PosterFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the poster font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the poster font " + resource, e);
        }
    }
}
