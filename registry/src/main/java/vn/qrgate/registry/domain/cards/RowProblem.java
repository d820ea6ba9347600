package vn.qrgate.registry.domain.cards;

import java.util.Objects;

/**
 * Why one row of an uploaded list gets no card: the row as the spreadsheet numbers it (the header is
 * row 1), the column's header as written in the file ("" when the problem is the whole row or the whole
 * file) and the reason, which states the rule and never the cell's value: every value is personal.
 */
public record RowProblem(int row, String column, String reason) {

    public RowProblem {
        if (row < 1) {
            throw new IllegalArgumentException("row must be 1 or more");
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    static RowProblem ofFile(String reason) {
        return new RowProblem(1, "", reason);
    }

    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : " (" + column + ")") + ": " + reason;
    }
}
