package vn.qrgate.registry.adapter.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A document's font with what it knows per character remembered: its width and its code in the
 * content stream. Fitting a card's text measures each name a few times and a sheet has tens of
 * thousands of names; asking PDFBox each time (a cmap lookup and boxed integers per character) was a
 * third of the layout thread's time. Not thread-safe, like the document it belongs to.
 */
final class CardFont {

    /** Direct tables up to here: Latin, Vietnamese (U+1E00–U+1EFF), general punctuation. */
    private static final int TABLE_SIZE = 0x2100;

    private final PDFont font;
    private final float[] widths = new float[TABLE_SIZE];
    private final byte[][] codes = new byte[TABLE_SIZE][];
    private final Map<Integer, byte[]> otherCodes = new HashMap<>();
    private final Map<Integer, Float> otherWidths = new HashMap<>();

    CardFont(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The width of {@code text} at {@code size} points. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000f * size;
    }

    /**
     * The bytes that show {@code text} in this font.
     *
     * @throws IllegalArgumentException for a character the font has no glyph for
     */
    byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            out.writeBytes(code(codePoint));
            i += Character.charCount(codePoint);
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException when the font has no glyph for it */
    byte[] code(int codePoint) {
        if (codePoint < TABLE_SIZE) {
            byte[] code = codes[codePoint];
            if (code == null) {
                code = lookUp(codePoint);
                codes[codePoint] = code;
                widths[codePoint] = measure(codePoint);
            }
            return code;
        }
        return otherCodes.computeIfAbsent(codePoint, CardFont.this::lookUp);
    }

    private float width(int codePoint) {
        code(codePoint);
        return codePoint < TABLE_SIZE ? widths[codePoint] : otherWidths.computeIfAbsent(codePoint, this::measure);
    }

    private byte[] lookUp(int codePoint) {
        try {
            return font.encode(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the card font", e);
        }
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the card font", e);
        }
    }
}
