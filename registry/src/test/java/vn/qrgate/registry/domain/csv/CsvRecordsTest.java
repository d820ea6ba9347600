package vn.qrgate.registry.domain.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.csv.CsvRecords.EmptyLines;

class CsvRecordsTest {

    @Test
    void fields_are_split_on_commas_and_quoted_fields_keep_commas_quotes_and_line_breaks() {
        CsvRecords.Result result = CsvRecords.parse("\uFEFFa,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(CsvRecords.Row::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("x,1", "say \"hi\"", "two\nlines"));
    }

    @Test
    void a_semicolon_separator_splits_on_semicolons_and_leaves_commas_in_the_field() {
        CsvRecords.Result result = CsvRecords.parse("a;b\n1,5;\"x;y\"\n", ';', EmptyLines.REPORT);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows().get(1).fields()).containsExactly("1,5", "x;y");
    }

    @Test
    void rows_are_numbered_as_a_spreadsheet_shows_them_while_lines_count_every_line_break() {
        CsvRecords.Result result = CsvRecords.parse("h\n\"two\nlines\"\n\nlast\n", ',', EmptyLines.SKIP);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(CsvRecords.Row::line).containsExactly(1, 2, 5);
        assertThat(result.rows()).extracting(CsvRecords.Row::row).containsExactly(1, 2, 4);
    }

    @Test
    void empty_lines_are_problems_by_default_and_skipped_when_asked() {
        String text = "a\n\nb\n\n";

        assertThat(CsvRecords.parse(text).problems()).containsExactly(new CsvProblem(2, 2, 0, "an empty line; remove it"),
                new CsvProblem(4, 4, 0, "an empty line; remove it"));
        CsvRecords.Result skipped = CsvRecords.parse(text, ',', EmptyLines.SKIP);
        assertThat(skipped.problems()).isEmpty();
        assertThat(skipped.rows()).extracting(CsvRecords.Row::row).containsExactly(1, 3);
    }

    @Test
    void a_malformed_record_is_a_problem_with_its_line_row_and_column_and_reading_goes_on() {
        CsvRecords.Result result = CsvRecords.parse("\"a\nb\",c\nx,y\"z\nok,1\n", ',', EmptyLines.SKIP);

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.message()).startsWith("a quote inside an unquoted field");
        });
        assertThat(result.rows()).extracting(CsvRecords.Row::row).containsExactly(1, 3);
    }

    @Test
    void a_quote_or_a_line_break_cannot_be_the_separator() {
        assertThatThrownBy(() -> CsvRecords.parse("a", '"', EmptyLines.SKIP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvRecords.parse("a", '\n', EmptyLines.SKIP)).isInstanceOf(IllegalArgumentException.class);
    }
}
