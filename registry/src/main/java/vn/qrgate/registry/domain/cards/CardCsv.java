package vn.qrgate.registry.domain.cards;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.qrgate.protocol.code.CitizenIds;
import vn.qrgate.registry.domain.csv.CsvProblem;
import vn.qrgate.registry.domain.csv.CsvRecords;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.people.InvalidPhoneException;
import vn.qrgate.registry.domain.people.PhoneNumber;

/**
 * Reads a class or staff list uploaded for bulk QG1 cards: a CSV file as Excel, LibreOffice or Google
 * Sheets save it (UTF-8 with or without a byte-order mark; commas, or semicolons where the locale uses
 * them), one person a row under a header naming the columns ({@link CardColumn}). Every problem of every
 * row is found in one pass, so the person fixing the file sees them all at once; a row with any problem
 * gets no card, the others are unaffected. Reasons state the rule, never a cell's value.
 */
public final class CardCsv {

    /** The most data rows one file may hold; more are refused unread (the API caps uploads with it too). */
    public static final int MAX_ROWS = 100_000;
    static final String NOT_UTF8 = "the file is not UTF-8: in Excel choose Save As → CSV UTF-8";
    static final String EXAMPLE_HEADER = "so_giay_to,ho_ten,ngay_sinh,so_dien_thoai,lop";

    private final List<String> header;
    private final Map<CardColumn, Integer> at;
    private final LocalDate today;
    private final Map<String, Integer> firstRowOf = new HashMap<>();
    private final List<NumberedRow> good = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();

    /** A problem and the position of its column in the file, so a row's problems read left to right. */
    private record Found(int index, RowProblem problem) {
    }

    private CardCsv(List<String> header, Map<CardColumn, Integer> at, LocalDate today) {
        this.header = header;
        this.at = at;
        this.today = today;
    }

    /** Reads the bytes of an uploaded file; birth dates must be before {@code today}. */
    public static CardListReading read(byte[] file, LocalDate today) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(today, "today");
        Optional<String> decoded = utf8(file);
        if (decoded.isEmpty()) {
            return CardListReading.refused(RowProblem.ofFile(NOT_UTF8), 0);
        }
        String text = decoded.get();
        CsvRecords.Result csv = CsvRecords.parse(text, separator(text), CsvRecords.EmptyLines.SKIP);
        // A row of empty cells (",,,") is what a spreadsheet writes for a row left empty inside the table.
        List<CsvRecords.Row> rows = csv.rows().stream().filter(r -> !blank(r.fields())).toList();
        int headerRow = rows.isEmpty() ? Integer.MAX_VALUE : rows.get(0).row();
        Optional<CsvProblem> early = csv.problems().stream().filter(p -> p.row() <= headerRow).findFirst();
        if (early.isPresent()) {
            return CardListReading.refused(new RowProblem(early.get().row(), "",
                    "the header row cannot be read: " + early.get().message()), 0);
        }
        if (rows.isEmpty()) {
            return CardListReading.refused(RowProblem.ofFile("the file is empty; its first row must be a header "
                    + "such as " + EXAMPLE_HEADER), 0);
        }
        List<String> header = rows.get(0).fields().stream().map(CardCells::trim).toList();
        int dataRows = rows.size() - 1 + csv.problems().size();
        List<RowProblem> headerProblems = new ArrayList<>();
        Map<CardColumn, Integer> at = columns(header, headerRow, headerProblems);
        if (!headerProblems.isEmpty()) {
            return new CardListReading(List.of(), headerProblems, dataRows, List.of(), true);
        }
        List<String> ignored = new ArrayList<>();
        for (String name : header) {
            if (!name.isEmpty() && CardColumn.of(name).isEmpty()) {
                ignored.add(name);
            }
        }
        if (dataRows > MAX_ROWS) {
            return CardListReading.refused(new RowProblem(headerRow, "", "the file has " + dataRows
                    + " rows of people; at most " + MAX_ROWS + " can be read at once: split it into smaller files"),
                    dataRows);
        }
        if (dataRows == 0) {
            return new CardListReading(List.of(), List.of(new RowProblem(headerRow, "",
                    "the file has a header but no rows of people")), 0, ignored, true);
        }
        CardCsv reader = new CardCsv(header, at, today);
        for (CsvProblem p : csv.problems()) {
            String column = p.column() >= 1 && p.column() <= header.size() ? header.get(p.column() - 1) : "";
            reader.problems.add(new RowProblem(p.row(), column, p.message()));
        }
        rows.subList(1, rows.size()).forEach(reader::read);
        // Malformed rows were reported by the CSV reader, the others here: merge them into row order.
        reader.problems.sort(Comparator.comparingInt(RowProblem::row));
        return new CardListReading(reader.good, reader.problems, dataRows, ignored, false);
    }

    private static Map<CardColumn, Integer> columns(List<String> header, int headerRow, List<RowProblem> problems) {
        Map<CardColumn, Integer> at = new EnumMap<>(CardColumn.class);
        for (int i = 0; i < header.size(); i++) {
            Optional<CardColumn> column = CardColumn.of(header.get(i));
            if (column.isEmpty()) {
                continue;
            }
            Integer earlier = at.putIfAbsent(column.get(), i);
            if (earlier != null) {
                problems.add(new RowProblem(headerRow, header.get(i), "the columns " + header.get(earlier) + " and "
                        + header.get(i) + " both give the " + column.get().label() + "; keep one"));
            }
        }
        for (CardColumn column : CardColumn.values()) {
            if (column.required() && !at.containsKey(column)) {
                problems.add(new RowProblem(headerRow, "", "no column for the " + column.label() + ": the header "
                        + "must name one " + column.accepted() + " (e.g. " + EXAMPLE_HEADER + ")"));
            }
        }
        return at;
    }

    private void read(CsvRecords.Row row) {
        List<String> fields = row.fields();
        String document = CardCells.document(cell(fields, CardColumn.DOCUMENT));
        String name = CardCells.name(cell(fields, CardColumn.NAME));
        String birthCell = CardCells.trim(cell(fields, CardColumn.BIRTH_DATE));
        Optional<LocalDate> birth = CardCells.birthDate(birthCell, today);
        String phoneCell = CardCells.trim(cell(fields, CardColumn.PHONE));
        Optional<PhoneNumber> phone = Optional.empty();
        Optional<String> phoneProblem = Optional.empty();
        if (!phoneCell.isEmpty()) {
            try {
                phone = Optional.of(CardCells.phone(phoneCell));
            } catch (InvalidPhoneException e) {
                phoneProblem = Optional.of(e.getMessage());
            }
        }
        String group = CardCells.trim(cell(fields, CardColumn.GROUP));
        // Most rows are right: CardRow checks them once. Only a row it refuses is gone through field by
        // field, so that all of its problems are reported and not just the first.
        if (birth.isPresent() && phoneProblem.isEmpty() && !outsideColumns(fields)) {
            try {
                CardRow card = new CardRow(document, name, birth.get(), phone, Optional.of(group));
                Integer first = firstRowOf.putIfAbsent(document, row.row());
                if (first == null) {
                    good.add(new NumberedRow(row.row(), card));
                } else {
                    problems.add(problem(row, CardColumn.DOCUMENT, "the same document number as row " + first));
                }
                return;
            } catch (CardRow.InvalidCardRowException e) {
                // Reported below, with the row's other problems.
            }
        }
        List<Found> found = new ArrayList<>();
        if (outsideColumns(fields)) {
            found.add(new Found(-1, new RowProblem(row.row(), "", "has " + fields.size() + " cells but the header has "
                    + header.size() + ": a value lies outside every column (a separator inside a cell that is not "
                    + "quoted?)")));
        }
        boolean documentValid = PersonRules.documentNumberValid(document);
        if (document.isEmpty()) {
            found.add(found(row, CardColumn.DOCUMENT, "is empty; it must be " + PersonRules.DOC_RULE));
        } else if (!documentValid) {
            found.add(found(row, CardColumn.DOCUMENT, CardCells.documentReason(document)));
        } else {
            Integer first = firstRowOf.putIfAbsent(document, row.row());
            if (first != null) {
                found.add(found(row, CardColumn.DOCUMENT, "the same document number as row " + first));
            }
        }
        if (name.isEmpty()) {
            found.add(found(row, CardColumn.NAME, "is empty; it must be " + PersonRules.NAME_RULE));
        } else if (!PersonRules.nameValid(name)) {
            found.add(found(row, CardColumn.NAME, "must be " + PersonRules.NAME_RULE));
        }
        if (birthCell.isEmpty()) {
            found.add(found(row, CardColumn.BIRTH_DATE, "is empty; it must be " + CardCells.DATE_RULE));
        } else if (birth.isEmpty()) {
            found.add(found(row, CardColumn.BIRTH_DATE, "must be " + CardCells.DATE_RULE));
        } else if (documentValid && !CitizenIds.agreesWithBirthDate(document, birth.get())) {
            found.add(found(row, CardColumn.BIRTH_DATE, CitizenIds.BIRTH_RULE));
        }
        phoneProblem.ifPresent(reason -> found.add(found(row, CardColumn.PHONE, reason)));
        if (!group.isEmpty() && !CardRow.groupValid(group)) {
            found.add(found(row, CardColumn.GROUP, "must be " + CardRow.GROUP_RULE));
        }
        if (found.isEmpty()) {
            // CardRow refused what every check here accepts: the two have drifted apart. Say so, not nothing.
            found.add(new Found(-1, new RowProblem(row.row(), "", "refused by the card's own checks")));
        }
        found.sort(Comparator.comparingInt(Found::index));
        found.forEach(f -> problems.add(f.problem()));
    }

    /** Whether the row has a value beyond the header's last column. */
    private boolean outsideColumns(List<String> fields) {
        for (int i = header.size(); i < fields.size(); i++) {
            if (!CardCells.trim(fields.get(i)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private String cell(List<String> fields, CardColumn column) {
        Integer index = at.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index);
    }

    private Found found(CsvRecords.Row row, CardColumn column, String reason) {
        return new Found(at.get(column), problem(row, column, reason));
    }

    private RowProblem problem(CsvRecords.Row row, CardColumn column, String reason) {
        return new RowProblem(row.row(), header.get(at.get(column)), reason);
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(f -> CardCells.trim(f).isEmpty());
    }

    /** The semicolon when the header line has semicolons and no comma (Excel in locales with a decimal comma). */
    private static char separator(String text) {
        return text.lines().map(line -> line.replace("\uFEFF", "")).filter(line -> !line.isBlank()).findFirst()
                .map(line -> line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',').orElse(',');
    }

    /** The text, when the bytes are UTF-8; a NUL means UTF-16 ("Unicode text"), which is not UTF-8 either. */
    private static Optional<String> utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
