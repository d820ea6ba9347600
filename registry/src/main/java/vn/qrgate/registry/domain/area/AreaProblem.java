package vn.qrgate.registry.domain.area;

import java.util.Objects;

/**
 * One reason an area file is refused, where it is: the line (1 = the header) and, when the problem is
 * in one field, the column number (1-based) and its header name. Column 0 means the whole line.
 */
public record AreaProblem(int line, int column, String columnName, String reason) {

    public AreaProblem {
        if (line < 1 || column < 0) {
            throw new IllegalArgumentException("line must be 1 or more and column 0 or more");
        }
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(reason, "reason");
    }

    static AreaProblem ofLine(int line, String reason) {
        return new AreaProblem(line, 0, "", reason);
    }

    @Override
    public String toString() {
        if (column == 0) {
            return "line " + line + ": " + reason;
        }
        String name = columnName.isEmpty() ? "" : " (" + columnName + ")";
        return "line " + line + ", column " + column + name + ": " + reason;
    }
}
