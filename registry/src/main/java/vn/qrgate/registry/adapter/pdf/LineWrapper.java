package vn.qrgate.registry.adapter.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Greedy line breaking at spaces. A word wider than a whole line is split between characters rather
 * than cut, so nothing of a venue's name is ever lost; splits fall between user-perceived characters,
 * never inside a letter with its tone mark.
 */
final class LineWrapper {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private LineWrapper() {
    }

    static List<String> wrap(String text, double maxWidth, ToDoubleFunction<String> width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > maxWidth) {
                int cut = longestFittingPrefix(rest, maxWidth, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** At least one character, even when that one is wider than the line, so the loop always advances. */
    private static int longestFittingPrefix(String word, double maxWidth, ToDoubleFunction<String> width) {
        BreakIterator characters = BreakIterator.getCharacterInstance(VIETNAMESE);
        characters.setText(word);
        int fitting = characters.next();
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            if (width.applyAsDouble(word.substring(0, end)) > maxWidth) {
                break;
            }
            fitting = end;
        }
        return fitting;
    }
}
