package vn.qrgate.registry.domain.cards;

import java.util.Objects;

/** A valid person from an uploaded list and the spreadsheet row they came from (the header is row 1). */
public record NumberedRow(int row, CardRow card) {

    public NumberedRow {
        if (row < 2) {
            throw new IllegalArgumentException("a data row is row 2 or later");
        }
        Objects.requireNonNull(card, "card");
    }
}
