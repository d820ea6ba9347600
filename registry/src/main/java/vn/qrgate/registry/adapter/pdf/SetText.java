package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.qrgate.registry.domain.poster.InvalidPosterContentException;

/** Paragraphs broken into lines at the largest font size that lets them fit their box. */
record SetText(PDFont font, float size, List<String> lines) {

    static final float LEADING = 1.2f;

    SetText {
        lines = List.copyOf(lines);
    }

    float lineHeight() {
        return size * LEADING;
    }

    float height() {
        return lines.size() * lineHeight();
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("measuring text in the poster font", e);
        }
    }

    /**
     * Tries sizes from {@code maxSize} down to {@code minSize} in steps of one point.
     *
     * @param field named in the error when even {@code minSize} does not fit or a character has no glyph
     */
    static SetText fit(String field, List<String> paragraphs, PDFont font, float maxSize, float minSize,
                       float boxWidth, float boxHeight) {
        paragraphs.forEach(p -> requirePrintable(field, p, font));
        for (float size = maxSize; size >= minSize; size -= 1f) {
            float atSize = size;
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(LineWrapper.wrap(paragraph, boxWidth, s -> width(font, atSize, s)));
            }
            if (lines.size() * size * LEADING <= boxHeight) {
                return new SetText(font, size, lines);
            }
        }
        throw new InvalidPosterContentException(field, "is too long to print in its place on the poster "
                + "even at " + (int) minSize + " pt; shorten it");
    }

    private static void requirePrintable(String field, String text, PDFont font) {
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
            } catch (IllegalArgumentException noGlyph) {
                throw new InvalidPosterContentException(field, String.format("character U+%04X ('%s') cannot be "
                        + "printed with the poster font (" + PosterFonts.FAMILY + "); Vietnamese, other Latin, Greek and Cyrillic letters can",
                        codePoint, character));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the poster font", e);
            }
        });
    }
}
