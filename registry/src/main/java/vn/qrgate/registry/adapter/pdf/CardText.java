package vn.qrgate.registry.adapter.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.qrgate.registry.domain.cards.InvalidCardContentException;

/**
 * A block of a card's text broken into lines at the largest size that fits its box: {@link SetText}
 * for cards. It measures with a {@link CardFont}, and its faults are {@link InvalidCardContentException}s
 * whose messages never quote the text, which is personal here.
 */
record CardText(CardFont font, float size, List<String> lines) {

    CardText {
        lines = List.copyOf(lines);
    }

    float lineHeight() {
        return size * SetText.LEADING;
    }

    static CardText fit(String field, String text, CardFont font, float maxSize, float minSize,
                        float boxWidth, float boxHeight) {
        return fit(field, List.of(text), font, maxSize, minSize, boxWidth, boxHeight);
    }

    /**
     * The largest size from {@code maxSize} down to {@code minSize}, in half points (a card's boxes are
     * small, whole points waste a line), at which the paragraphs, each starting on a line of its own,
     * wrap into the box.
     */
    static CardText fit(String field, List<String> paragraphs, CardFont font, float maxSize, float minSize,
                        float boxWidth, float boxHeight) {
        paragraphs.forEach(paragraph -> requirePrintable(field, paragraph, font));
        for (float size = maxSize; size >= minSize; size -= 0.5f) {
            float atSize = size;
            List<String> lines = new ArrayList<>();
            for (String paragraph : paragraphs) {
                lines.addAll(LineWrapper.wrap(paragraph, boxWidth, s -> font.width(s, atSize)));
            }
            if (lines.size() * size * SetText.LEADING <= boxHeight) {
                return new CardText(font, size, lines);
            }
        }
        throw new InvalidCardContentException(field, "is too long to print on a card even at "
                + minSize + " pt; shorten it");
    }

    private static void requirePrintable(String field, String text, CardFont font) {
        text.codePoints().forEach(codePoint -> {
            try {
                font.code(codePoint);
            } catch (IllegalArgumentException noGlyph) {
                // The code point alone, not the text around it: that would be personal data.
                throw new InvalidCardContentException(field, String.format("holds character U+%04X, which the "
                        + "card font (%s) cannot print; Vietnamese, other Latin, Greek and Cyrillic letters can",
                        codePoint, PosterFonts.FAMILY));
            }
        });
    }
}
