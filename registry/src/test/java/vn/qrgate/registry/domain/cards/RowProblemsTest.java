package vn.qrgate.registry.domain.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.csv.CsvRecords;

class RowProblemsTest {

    @Test
    void the_report_is_utf8_with_a_byte_order_mark_a_header_and_one_crlf_line_per_problem() {
        byte[] report = RowProblems.reportCsv(List.of(new RowProblem(1, "", "no column for the name"),
                new RowProblem(7, "Ngày sinh", "must be a date, e.g. 1990-07-05")));

        assertThat(Arrays.copyOf(report, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(report, StandardCharsets.UTF_8)).isEqualTo("\uFEFFrow,column,reason\r\n"
                + "1,,no column for the name\r\n"
                + "7,Ngày sinh,\"must be a date, e.g. 1990-07-05\"\r\n");
    }

    @Test
    void an_empty_list_is_the_header_alone() {
        assertThat(new String(RowProblems.reportCsv(List.of()), StandardCharsets.UTF_8)).isEqualTo("\uFEFFrow,column,reason\r\n");
    }

    @Test
    void a_column_name_from_the_uploaded_file_that_looks_like_a_formula_is_defused() {
        String report = new String(RowProblems.reportCsv(List.of(new RowProblem(1, "=HYPERLINK(\"x\")", "r"))),
                StandardCharsets.UTF_8);

        assertThat(report).endsWith("1,\"'=HYPERLINK(\"\"x\"\")\",r\r\n");
    }

    @Test
    void the_report_of_a_real_reading_reads_back_as_the_same_problems() {
        CardListReading reading = CardCsv.read(("Số giấy tờ,Họ tên,Ngày sinh\n12,\"Lê, Văn\",1990-02-30\n")
                .getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 11, 29));
        String report = new String(RowProblems.reportCsv(reading.problems()), StandardCharsets.UTF_8);

        List<List<String>> back = CsvRecords.parse(report).rows().stream().map(CsvRecords.Row::fields).toList();
        assertThat(back).hasSize(1 + reading.problems().size());
        assertThat(back.subList(1, back.size())).containsExactlyElementsOf(reading.problems().stream()
                .map(p -> List.of(Integer.toString(p.row()), p.column(), p.reason())).toList());
        assertThat(reading.problems()).hasSize(3);
    }
}
