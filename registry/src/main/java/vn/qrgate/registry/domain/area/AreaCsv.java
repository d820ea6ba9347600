package vn.qrgate.registry.domain.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.qrgate.registry.domain.csv.CsvProblem;
import vn.qrgate.registry.domain.csv.CsvRecords;

/**
 * Reads the official administrative-unit list as CSV. The header names the levels: consecutive
 * {@code <level>_code, <level>_name, <level>_type} triples, top level first, as many as the edition
 * has (the 2021 list: province, district, ward; the 2025 one: province, commune). Each row is one
 * path from the top down; trailing levels may be empty (a unit with nothing under it). A code seen
 * on several rows must have the same name, type, level and parent on all of them. Spaces around a
 * name or type are dropped: the official 2021 list has four ward names ending in a space.
 */
public final class AreaCsv {

    private static final String[] SUFFIXES = {"_code", "_name", "_type"};

    private final List<AreaLevel> levels;
    private final List<String> header;
    private final List<AreaProblem> problems = new ArrayList<>();
    private final Map<String, Seen> seen = new HashMap<>();
    private final List<Area> areas = new ArrayList<>();

    private record Seen(Area area, int line) {
    }

    private AreaCsv(List<AreaLevel> levels, List<String> header) {
        this.levels = levels;
        this.header = header;
    }

    /** Parses the whole text of a file (UTF-8 already decoded). */
    public static AreaParse parse(String text) {
        CsvRecords.Result csv = CsvRecords.parse(text);
        List<CsvRecords.Row> rows = csv.rows();
        List<AreaProblem> csvProblems = csv.problems().stream().map(AreaCsv::areaProblem).toList();
        if (rows.isEmpty() || rows.get(0).line() != 1) {
            List<AreaProblem> problems = new ArrayList<>(csvProblems);
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(AreaProblem.ofLine(1, "the file is empty; it must start with a header such as "
                        + "province_code,province_name,province_type,ward_code,ward_name,ward_type"));
            }
            return new AreaParse.Rejected(problems);
        }
        List<String> header = rows.get(0).fields();
        List<AreaProblem> headerProblems = new ArrayList<>();
        List<AreaLevel> levels = levelsOf(header, headerProblems);
        if (!headerProblems.isEmpty()) {
            // Without the levels no row can be understood; the header's problems are the useful ones.
            return new AreaParse.Rejected(headerProblems);
        }
        AreaCsv reader = new AreaCsv(levels, header);
        reader.problems.addAll(csvProblems);
        rows.subList(1, rows.size()).forEach(reader::read);
        if (rows.size() == 1 && csvProblems.isEmpty()) {
            reader.problems.add(AreaProblem.ofLine(1, "the file has a header but no areas"));
        }
        if (!reader.problems.isEmpty()) {
            reader.problems.sort(Comparator.comparingInt(AreaProblem::line).thenComparingInt(AreaProblem::column));
            return new AreaParse.Rejected(reader.problems);
        }
        return new AreaParse.Parsed(new AreaEdition(levels, reader.areas));
    }

    /** Area files are made by programs: their problems are told by physical line, as an editor shows them. */
    private static AreaProblem areaProblem(CsvProblem problem) {
        return new AreaProblem(problem.line(), problem.column(), "", problem.message());
    }

    private static List<AreaLevel> levelsOf(List<String> header, List<AreaProblem> problems) {
        List<AreaLevel> levels = new ArrayList<>();
        if (header.size() % 3 != 0) {
            problems.add(AreaProblem.ofLine(1, "the header has " + header.size() + " columns; it must be "
                    + "<level>_code,<level>_name,<level>_type for each level, top first, e.g. "
                    + "province_code,province_name,province_type,ward_code,ward_name,ward_type"));
            return levels;
        }
        Set<String> names = new HashSet<>();
        for (int start = 0; start < header.size(); start += 3) {
            String first = header.get(start).strip().toLowerCase(Locale.ROOT);
            String name = first.endsWith(SUFFIXES[0]) ? first.substring(0, first.length() - SUFFIXES[0].length()) : "";
            for (int k = 0; k < 3; k++) {
                String column = header.get(start + k).strip().toLowerCase(Locale.ROOT);
                String expected = (name.isEmpty() ? "<level>" : name) + SUFFIXES[k];
                if (name.isEmpty() || !column.equals(expected)) {
                    problems.add(new AreaProblem(1, start + k + 1, header.get(start + k),
                            "expected " + expected + " here (each level is a _code, _name, _type triple)"));
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!name.matches(AreaLevel.NAME_PATTERN)) {
                problems.add(new AreaProblem(1, start + 1, header.get(start),
                        "the level name '" + name + "' must match " + AreaLevel.NAME_PATTERN));
            } else if (!names.add(name)) {
                problems.add(new AreaProblem(1, start + 1, header.get(start), "the level " + name + " is named twice"));
            } else {
                levels.add(new AreaLevel(start / 3 + 1, name));
            }
        }
        return levels;
    }

    private void read(CsvRecords.Row row) {
        List<String> fields = row.fields();
        if (fields.size() != header.size()) {
            problems.add(AreaProblem.ofLine(row.line(), "has " + fields.size() + " fields; the header has "
                    + header.size()));
            return;
        }
        Optional<String> parent = Optional.empty();
        int emptyFrom = -1;
        boolean broken = false;
        for (AreaLevel level : levels) {
            int at = (level.depth() - 1) * 3;
            String code = fields.get(at);
            String name = fields.get(at + 1).strip();
            String type = fields.get(at + 2).strip();
            if (code.isEmpty() && name.isEmpty() && type.isEmpty()) {
                if (level.isTop()) {
                    problems.add(problem(row, at, "every row starts at the top level; " + header.get(at) + " is empty"));
                    return;
                }
                emptyFrom = emptyFrom < 0 ? level.depth() : emptyFrom;
                continue;
            }
            if (emptyFrom > 0) {
                problems.add(problem(row, at, "a " + level.name() + " is given but the "
                        + levels.get(emptyFrom - 1).name() + " above it is empty"));
                return;
            }
            if (broken) {
                fieldProblems(row, at, code, name, type);
                continue;
            }
            Optional<Area> area = area(row, at, level, parent, code, name, type);
            if (area.isEmpty()) {
                // The levels below still get their fields checked, so one pass finds every problem.
                broken = true;
                continue;
            }
            parent = Optional.of(area.get().code());
        }
    }

    /** The area in these three columns, recorded when first seen; empty after a problem. */
    private Optional<Area> area(CsvRecords.Row row, int at, AreaLevel level, Optional<String> parent,
            String code, String name, String type) {
        int before = problems.size();
        if (fieldProblems(row, at, code, name, type)) {
            return Optional.empty();
        }
        Area area = new Area(code, name, type, level, parent);
        Seen earlier = seen.get(area.code());
        if (earlier == null) {
            seen.put(area.code(), new Seen(area, row.line()));
            areas.add(area);
            return Optional.of(area);
        }
        Area was = earlier.area();
        String onLine = " on line " + earlier.line();
        if (!was.level().equals(level)) {
            problems.add(problem(row, at, "code " + area.code() + " is a " + was.level().name() + onLine
                    + ", here a " + level.name()));
            // Its name and type differ too, as a matter of course; saying so would only add noise.
            return Optional.empty();
        }
        if (!was.parentCode().equals(parent)) {
            problems.add(problem(row, at, "code " + area.code() + " is under " + was.parentCode().orElse("-") + onLine
                    + ", here under " + parent.orElse("-")));
        }
        if (!was.name().equals(area.name())) {
            problems.add(problem(row, at + 1, "code " + area.code() + " is named '" + was.name() + "'" + onLine
                    + ", here '" + area.name() + "'"));
        }
        if (!was.type().equals(area.type())) {
            problems.add(problem(row, at + 2, "code " + area.code() + " has type '" + was.type() + "'" + onLine
                    + ", here '" + area.type() + "'"));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(was);
    }

    /** Records what is wrong with each of the three fields; true when anything is. */
    private boolean fieldProblems(CsvRecords.Row row, int at, String code, String name, String type) {
        int before = problems.size();
        Area.codeProblem(code).ifPresent(p -> problems.add(problem(row, at, p)));
        Area.textProblem(name).ifPresent(p -> problems.add(problem(row, at + 1, "a name " + p)));
        Area.textProblem(type).ifPresent(p -> problems.add(problem(row, at + 2, "a type " + p)));
        return problems.size() > before;
    }

    private AreaProblem problem(CsvRecords.Row row, int index, String reason) {
        return new AreaProblem(row.line(), index + 1, header.get(index), reason);
    }
}
