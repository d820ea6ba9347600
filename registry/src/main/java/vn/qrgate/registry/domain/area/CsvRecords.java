package vn.qrgate.registry.domain.area;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader: fields separated by commas, records ended by CRLF or LF, fields holding a
 * comma, quote or line break quoted with {@code "} and quotes inside doubled. Anything else (a stray
 * quote, text after a closing quote, a lone CR, an unclosed quote, an empty line) is a problem on
 * its line; reading goes on with the next line so that every problem is found in one pass.
 */
final class CsvRecords {

    record Row(int line, List<String> fields) {
    }

    record Result(List<Row> rows, List<AreaProblem> problems) {
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int problemColumn;

    private CsvRecords(String text) {
        this.text = text;
        // A byte-order mark is what spreadsheet programs put at the start of a UTF-8 export.
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
    }

    static Result parse(String text) {
        return new CsvRecords(text).readAll();
    }

    private Result readAll() {
        List<Row> rows = new ArrayList<>();
        List<AreaProblem> problems = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            String problem = readRecord(fields);
            if (problem != null) {
                problems.add(new AreaProblem(line, problemColumn, "", problem));
                skipRestOfLine();
            } else if (fields.size() == 1 && fields.get(0).isEmpty()) {
                problems.add(AreaProblem.ofLine(start, "an empty line; remove it"));
            } else {
                rows.add(new Row(start, List.copyOf(fields)));
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
            if (c == ',') {
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

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
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
