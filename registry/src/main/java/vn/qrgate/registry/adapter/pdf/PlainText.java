package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * {@code showText} without glyph substitution. PDFBox 3 runs every string shown in a font with a GSUB
 * table through its substitution rules, compiling regular expressions each time: on a sheet of 50 000
 * cards that was half of the layout thread's time. Vietnamese needs none of it in DejaVu Sans: text
 * is NFC, and every letter with its marks is one precomposed glyph. The string is encoded with the
 * font's own cmap, as {@code showText} does, and its characters are added to the subset if there is one.
 */
final class PlainText {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PlainText() {
    }

    /** Shows {@code text} at the current text position, in the current font, which must be {@code font}'s. */
    static void show(PDPageContentStream out, CardFont font, String text) throws IOException {
        byte[] codes = font.encode(text);
        if (font.font().willBeSubset()) {
            text.codePoints().forEach(font.font()::addToSubset);
        }
        out.appendRawCommands(("<" + HEX.formatHex(codes) + "> Tj\n").getBytes(StandardCharsets.US_ASCII));
    }
}
