package vn.qrgate.registry.domain.cards;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.qrgate.registry.domain.csv.CsvCells;

/** The downloadable error report of an uploaded list. */
public final class RowProblems {

    private static final List<String> HEADER = List.of("row", "column", "reason");

    private RowProblems() {
    }

    /**
     * {@code row,column,reason} as UTF-8 CSV with a byte-order mark, which is what makes Excel read it as
     * UTF-8 rather than the Windows code page (Vietnamese header names would be mangled otherwise). The
     * column names come from the uploaded file, so cells are guarded against formula injection.
     */
    public static byte[] reportCsv(List<RowProblem> problems) {
        StringBuilder out = new StringBuilder(64 * (problems.size() + 1));
        out.append('\uFEFF');
        CsvCells.row(out, HEADER);
        for (RowProblem p : problems) {
            CsvCells.row(out, List.of(Integer.toString(p.row()), p.column(), p.reason()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
