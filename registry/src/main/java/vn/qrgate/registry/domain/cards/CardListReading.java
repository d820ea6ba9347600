package vn.qrgate.registry.domain.cards;

import java.util.List;
import java.util.Objects;

/**
 * What reading an uploaded class or staff list found: the valid people in file order, every problem of
 * every other row, the number of data rows (empty rows not counted) and the columns that were not
 * understood and so ignored (the console says so: a misspelt "so dien thoai" is then noticed).
 * {@code refusedWhole}: the file could not be read as a list at all (not UTF-8, no header, a missing column, too
 * many rows, no rows): its problems are about the file, and nothing in it was looked at row by row.
 */
public record CardListReading(List<NumberedRow> good, List<RowProblem> problems, int dataRows,
        List<String> ignoredColumns, boolean refusedWhole) {

    public CardListReading {
        good = List.copyOf(Objects.requireNonNull(good, "good"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        ignoredColumns = List.copyOf(Objects.requireNonNull(ignoredColumns, "ignoredColumns"));
        if (dataRows < 0) {
            throw new IllegalArgumentException("dataRows must be 0 or more");
        }
    }

    static CardListReading refused(RowProblem problem, int dataRows) {
        return new CardListReading(List.of(), List.of(problem), dataRows, List.of(), true);
    }
}
