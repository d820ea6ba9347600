package vn.qrgate.registry.domain.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: fields separated by commas (or another separator, such as the semicolon
 * Excel writes in locales where the comma is the decimal mark), records ended by CRLF or LF, fields
 * holding a separator, quote or line break quoted with {@code "} and quotes inside doubled. Anything
 * else (a stray quote, text after a closing quote, a lone CR, an unclosed quote, and an empty line
 * unless told to skip them) is a problem on its line; reading goes on with the next line so that
 * every problem is found in one pass.
 */
public final class CsvRecords {

    /**
     * One well-formed record: the physical line it starts on, its row number as a spreadsheet shows it
     * (records counted from 1, empty ones included) and its fields as written (nothing stripped).
     */
    public record Row(int line, int row, List<String> fields) {
    }

    public record Result(List<Row> rows, List<CsvProblem> problems) {
    }

    /** What an empty line is: a mistake (a file made by a program has none) or a row a person left empty. */
    public enum EmptyLines {
        REPORT, SKIP
    }

    private final String text;
    private final char separator;
    private final EmptyLines emptyLines;
    private int pos;
    private int line = 1;
    private int problemColumn;

    private CsvRecords(String text, char separator, EmptyLines emptyLines) {
        this.text = text;
        this.separator = separator;
        this.emptyLines = emptyLines;
        // A byte-order mark is what spreadsheet programs put at the start of a UTF-8 export.
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    /** Comma-separated, an empty line being a problem. */
    public static Result parse(String text) {
        return parse(text, ',', EmptyLines.REPORT);
    }

    public static Result parse(String text, char separator, EmptyLines emptyLines) {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("the separator cannot be a quote or a line break");
        }
        return new CsvRecords(text, separator, emptyLines).readAll();
    }

    private Result readAll() {
        List<Row> rows = new ArrayList<>();
        List<CsvProblem> problems = new ArrayList<>();
        int row = 0;
        while (pos < text.length()) {
            int start = line;
            row++;
            List<String> fields = new ArrayList<>();
            String problem = readRecord(fields);
            if (problem != null) {
                problems.add(new CsvProblem(line, row, problemColumn, problem));
                skipRestOfLine();
            } else if (fields.size() == 1 && fields.get(0).isEmpty()) {
                if (emptyLines == EmptyLines.REPORT) {
                    problems.add(new CsvProblem(start, row, 0, "an empty line; remove it"));
                }
            } else {
                rows.add(new Row(start, row, List.copyOf(fields)));
            }
        }
        return new Result(rows, problems);
    }

    /** Reads one record into {@code fields}; returns null, or why it is malformed (and sets problemColumn). */
    private String readRecord(List<String> fields) {
        while (true) {
            StringBuilder field = new StringBuilder();
            problemColumn = fields.size() + 1;
            if (pos < text.length() && text.charAt(pos) == '"') {
                String problem = readQuoted(field);
                if (problem != null) {
                    return problem;
                }
            } else {
                while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
                    if (text.charAt(pos) == '"') {
                        return "a quote inside an unquoted field; quote the whole field and double the quote (\"\")";
                    }
                    field.append(text.charAt(pos++));
                }
            }
            fields.add(field.toString());
            if (pos >= text.length()) {
                return null;
            }
            char c = text.charAt(pos);
            if (c == separator) {
                pos++;
            } else if (c == '\n') {
                pos++;
                line++;
                return null;
            } else if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
                line++;
                return null;
            } else if (c == '\r') {
                return "a carriage return (CR) not followed by a line feed; lines must end with LF or CRLF";
            } else {
                return "text after the closing quote of a field; a field is either quoted as a whole or not at all";
            }
        }
    }

    private String readQuoted(StringBuilder field) {
        int opened = line;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                return null;
            }
            if (c == '\n') {
                line++;
            }
            field.append(c);
            pos++;
        }
        return "a quoted field opened on line " + opened + " is never closed";
    }

    private boolean isDelimiter(char c) {
        return c == separator || c == '\n' || c == '\r';
    }

    private void skipRestOfLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            pos++;
            line++;
        }
    }
}
