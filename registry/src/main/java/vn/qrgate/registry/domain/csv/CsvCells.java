package vn.qrgate.registry.domain.csv;

import java.util.List;

/** Writing cells of a CSV file that people open in a spreadsheet program. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * One cell, quoted as RFC 4180 says when it holds a comma, quote or line break. Text from outside
     * (a name on a QR code anyone can print, a header of an uploaded file) may start like a formula
     * ({@code =HYPERLINK(…)}, {@code +…}, {@code -…}, {@code @…}, or a leading tab or CR): such a cell
     * is written with a leading apostrophe, so opening the file in Excel or LibreOffice runs nothing
     * (OWASP "CSV injection"). A phone in the {@code +84} form gets it too; the number stays readable.
     */
    public static String field(String raw) {
        String value = raw.isEmpty() || "=+-@\t\r".indexOf(raw.charAt(0)) < 0 ? raw : "'" + raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** The cells of one record, comma-separated and ended by CRLF. */
    public static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }
}
