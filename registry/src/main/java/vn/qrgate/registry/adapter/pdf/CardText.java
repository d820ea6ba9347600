package vn.qrgate.registry.adapter.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;

/**
 * {@link SetText#fit} for cards: the same shrink-then-wrap, but faults are
 * {@link InvalidCardContentException}s whose messages never quote the text, which is personal here.
 */
final class CardText {

    private CardText() {
    }

    /**
     * The largest size from {@code maxSize} down to {@code minSize}, in half points (a card's boxes are
     * small, whole points waste a line), at which the text wraps into the box.
     */
    static SetText fit(String field, String text, PDFont font, float maxSize, float minSize,
                       float boxWidth, float boxHeight) {
        return fit(field, List.of(text), font, maxSize, minSize, boxWidth, boxHeight);
    }

    /** The same for text of several paragraphs, each starting on a line of its own. */
    static SetText fit(String field, List<String> paragraphs, PDFont font, float maxSize, float minSize,
                       float boxWidth, float boxHeight) {
        paragraphs.forEach(paragraph -> requirePrintable(field, paragraph, font));
        for (float size = maxSize; size >= minSize; size -= 0.5f) {
            float atSize = size;
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(LineWrapper.wrap(paragraph, boxWidth, s -> SetText.width(font, atSize, s)));
            }
            if (lines.size() * size * SetText.LEADING <= boxHeight) {
                return new SetText(font, size, lines);
            }
        }
        throw new InvalidCardContentException(field, "is too long to print on a card even at "
                + minSize + " pt; shorten it");
    }

    /** One encode of the whole text; only when that fails, a search for the culprit to name its code point. */
    static void requirePrintable(String field, String text, PDFont font) {
        try {
            font.encode(text);
            return;
        } catch (IllegalArgumentException noGlyph) {
            // found below
        } catch (IOException e) {
            throw new UncheckedIOException("reading the card font", e);
        }
        text.codePoints().forEach(codePoint -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException noGlyph) {
                // The code point alone, not the text around it: that would be personal data.
                throw new InvalidCardContentException(field, String.format("holds character U+%04X, which the "
                        + "card font (%s) cannot print; Vietnamese, other Latin, Greek and Cyrillic letters can",
                        codePoint, PosterFonts.FAMILY));
            } catch (IOException e) {
                throw new UncheckedIOException("reading the card font", e);
            }
        });
        throw new IllegalStateException("the card font refused the " + field + " but every character of it alone");
    }
}
