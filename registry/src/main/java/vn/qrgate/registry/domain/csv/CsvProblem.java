package vn.qrgate.registry.domain.csv;

import java.util.Objects;

/**
 * Why a record of a CSV text is malformed, where it is: the physical {@code line} where the problem was
 * found, the {@code row} as a spreadsheet numbers it (every record is one row, empty ones included, so a
 * quoted cell holding a line break does not shift the rows below it) and the 1-based {@code column},
 * or 0 when the problem is the whole line.
 */
public record CsvProblem(int line, int row, int column, String message) {

    public CsvProblem {
        if (line < 1 || row < 1 || column < 0) {
            throw new IllegalArgumentException("line and row must be 1 or more and column 0 or more");
        }
        Objects.requireNonNull(message, "message");
    }
}
