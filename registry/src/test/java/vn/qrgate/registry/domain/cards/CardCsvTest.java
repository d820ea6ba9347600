package vn.qrgate.registry.domain.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.CitizenIds;
import vn.qrgate.registry.domain.keys.PersonRules;
import vn.qrgate.registry.domain.people.PhoneNumber;

/** Synthetic people only: CCCD numbers of province 048 whose century and year digits match the birth date. */
class CardCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String VI_HEADER = "Số giấy tờ,Họ và tên,Ngày sinh,Số điện thoại,Lớp\n";
    private static final String AN = "048090000001,Nguyễn Văn An,05/07/1990,0912 000 111,10A1\n";
    private static final String BINH = "048190000002,Trần Thị Bình,1990-01-31,,10A1\n";
    private static final String CUONG = "048208000003,Lê Văn Cường,3/4/2008,+84 912 000 333,\n";

    private static CardListReading read(String text) {
        return CardCsv.read(text.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    private static List<String> problems(String text) {
        return read(text).problems().stream().map(RowProblem::toString).toList();
    }

    private static RowProblem onlyProblem(String text) {
        CardListReading reading = read(text);
        assertThat(reading.good()).isEmpty();
        assertThat(reading.problems()).hasSize(1);
        return reading.problems().get(0);
    }

    @Test
    void a_class_list_with_vietnamese_headers_gives_each_pupil_with_their_row_in_file_order() {
        CardListReading reading = read(VI_HEADER + AN + BINH + CUONG);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.dataRows()).isEqualTo(3);
        assertThat(reading.ignoredColumns()).isEmpty();
        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2, 3, 4);
        CardRow an = reading.good().get(0).card();
        assertThat(an).isEqualTo(new CardRow("048090000001", "Nguyễn Văn An", LocalDate.of(1990, 7, 5),
                Optional.of(new PhoneNumber("0912000111")), Optional.of("10A1")));
        assertThat(reading.good().get(1).card().phone()).isEmpty();
        assertThat(reading.good().get(1).card().birthDate()).isEqualTo(LocalDate.of(1990, 1, 31));
        CardRow cuong = reading.good().get(2).card();
        assertThat(cuong.birthDate()).isEqualTo(LocalDate.of(2008, 4, 3));
        assertThat(cuong.phone()).contains(new PhoneNumber("0912000333"));
        assertThat(cuong.group()).isEmpty();
    }

    @Test
    void headers_without_diacritics_in_capitals_or_with_spaces_around_are_the_same_columns() {
        CardListReading reading = read(" SO_GIAY_TO , HỌ TÊN,ngay_sinh,Dien_Thoai,TỔ\n" + AN);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.good()).singleElement().extracting(r -> r.card().group()).isEqualTo(Optional.of("10A1"));
    }

    @Test
    void english_headers_in_another_order_are_read_and_extra_columns_are_ignored_but_listed() {
        CardListReading reading = read("Name,Notes,DOB,Document,Group,\n"
                + "Nguyễn Văn An,allergic to nuts,1990-07-05,048090000001,Workshop 2,\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.ignoredColumns()).containsExactly("Notes");
        assertThat(reading.good()).singleElement().satisfies(r -> {
            assertThat(r.card().document()).isEqualTo("048090000001");
            assertThat(r.card().group()).contains("Workshop 2");
            assertThat(r.card().phone()).isEmpty();
        });
    }

    @Test
    void semicolons_separate_the_cells_when_the_header_has_semicolons_and_no_comma() {
        CardListReading reading = read("cccd;name;dob;phone;group\n"
                + "048090000001;Nguyễn Văn An;05/07/1990;0912000111;10A1, buổi sáng\n"
                + "048190000002;\"Trần Thị Bình\";1990-01-31;;\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.good()).extracting(r -> r.card().group()).containsExactly(Optional.of("10A1, buổi sáng"),
                Optional.empty());
    }

    @Test
    void a_byte_order_mark_and_crlf_line_ends_as_excel_saves_csv_utf8_are_read() {
        CardListReading reading = read("\uFEFF" + (VI_HEADER + AN + BINH).replace("\n", "\r\n"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.good()).hasSize(2);
    }

    @Test
    void empty_rows_in_the_middle_and_at_the_end_are_skipped_and_later_rows_keep_their_spreadsheet_number() {
        CardListReading reading = read(VI_HEADER + AN + "\n" + ",,,,\n" + " ; \r\n".replace(";", ",") + BINH + "\n\n,,,,\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.dataRows()).isEqualTo(2);
        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2, 6);
    }

    @Test
    void names_are_nfc_normalised_and_runs_of_spaces_collapsed_and_an_apostrophe_keeping_a_zero_is_dropped() {
        String decomposed = Normalizer.normalize("Nguyễn  Văn\u00A0An", Normalizer.Form.NFD);
        CardListReading reading = read(VI_HEADER + "  '048090000001 ,  " + decomposed + "  , 05/07/1990 ,,\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.good()).singleElement().satisfies(r -> {
            assertThat(r.card().name()).isEqualTo("Nguyễn Văn An");
            assertThat(r.card().document()).isEqualTo("048090000001");
        });
    }

    @Test
    void every_problem_of_a_row_is_reported_in_column_order_and_the_row_gets_no_card() {
        CardListReading reading = read("Ngày sinh,Họ tên,CCCD\n" + "31/02/1990,Nguyễn Văn 4n,048090000001\n");

        assertThat(reading.good()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new RowProblem(2, "Ngày sinh", "must be " + CardCells.DATE_RULE),
                new RowProblem(2, "Họ tên", "must be " + PersonRules.NAME_RULE));
    }

    @Test
    void each_cell_rule_gives_its_reason_in_its_column_without_quoting_the_value() {
        String[][] cases = {
            {"12345,Nguyễn Văn An,05/07/1990,,", "Số giấy tờ", "must be " + PersonRules.DOC_RULE},
            {"48090000001,Nguyễn Văn An,05/07/1990,,", "Số giấy tờ", "must be " + PersonRules.DOC_RULE + CardCells.LOST_ZERO},
            {"4.8090000001E+10,Nguyễn Văn An,05/07/1990,,", "Số giấy tờ", "must be " + PersonRules.DOC_RULE},
            {",Nguyễn Văn An,05/07/1990,,", "Số giấy tờ", "is empty; it must be " + PersonRules.DOC_RULE},
            {"048090000001,,05/07/1990,,", "Họ và tên", "is empty; it must be " + PersonRules.NAME_RULE},
            {"048090000001,Nguyễn Văn An,1990-13-01,,", "Ngày sinh", "must be " + CardCells.DATE_RULE},
            {"048226000001,Nguyễn Văn An,2026-11-29,,", "Ngày sinh", "must be " + CardCells.DATE_RULE},
            {"001899000001,Nguyễn Văn An,31/12/1899,,", "Ngày sinh", "must be " + CardCells.DATE_RULE},
            {"048090000001,Nguyễn Văn An,05/07/90,,", "Ngày sinh", "must be " + CardCells.DATE_RULE},
            {"048090000001,Nguyễn Văn An,,,", "Ngày sinh", "is empty; it must be " + CardCells.DATE_RULE},
            {"048090000001,Nguyễn Văn An,05/07/1991,,", "Ngày sinh", CitizenIds.BIRTH_RULE},
            {"048290000001,Nguyễn Văn An,05/07/1990,,", "Ngày sinh", CitizenIds.BIRTH_RULE},
            {"048090000001,Nguyễn Văn An,05/07/1990,0243 123 4567,", "Số điện thoại", "phone "},
            {"048090000001,Nguyễn Văn An,05/07/1990,0212345678,", "Số điện thoại", "phone starts with 02, not a mobile prefix"},
            {"048090000001,Nguyễn Văn An,05/07/1990,," + "x".repeat(41), "Lớp", "must be " + CardRow.GROUP_RULE},
        };
        for (String[] c : cases) {
            RowProblem problem = onlyProblem(VI_HEADER + c[0] + "\n");
            assertThat(problem.row()).as(c[2]).isEqualTo(2);
            assertThat(problem.column()).as(c[2]).isEqualTo(c[1]);
            assertThat(problem.reason()).as(c[1]).startsWith(c[2]);
            for (String cell : c[0].split(",")) {
                if (cell.length() > 3) {
                    assertThat(problem.reason()).as(c[1]).doesNotContain(cell);
                }
            }
        }
    }

    @Test
    void a_cmnd_number_carries_no_birth_year_and_agrees_with_any_birth_date() {
        CardListReading reading = read(VI_HEADER + "123456789,Nguyễn Văn An,05/07/1961,,\n");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.good()).hasSize(1);
    }

    @Test
    void one_bad_row_among_good_ones_is_reported_and_the_good_ones_are_kept() {
        CardListReading reading = read(VI_HEADER + AN + "048190000009,Trần Thị Bình,1990-02-30,,\n" + CUONG);

        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2, 4);
        assertThat(problems(VI_HEADER + AN + "048190000009,Trần Thị Bình,1990-02-30,,\n" + CUONG))
                .containsExactly("row 3 (Ngày sinh): must be " + CardCells.DATE_RULE);
        assertThat(reading.dataRows()).isEqualTo(3);
    }

    @Test
    void a_document_number_seen_twice_is_a_problem_on_the_later_row_and_the_first_keeps_its_card() {
        CardListReading reading = read(VI_HEADER + AN + BINH + "'048090000001,Nguyễn Văn An,05/07/1990,,10A2\n");

        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2, 3);
        assertThat(reading.problems()).containsExactly(new RowProblem(4, "Số giấy tờ", "the same document number as row 2"));
    }

    @Test
    void a_missing_required_column_is_one_problem_naming_it_and_its_accepted_headers_and_no_row_is_checked() {
        CardListReading reading = read("Số giấy tờ,Họ tên,Ngày sinhh\n048090000001,4,x\n");

        assertThat(reading.good()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEmpty();
            assertThat(p.reason()).contains("birth date", "ngay_sinh, ngày sinh, dob or birth_date");
        });
        assertThat(read("lop,phone\n10A1,0912000111\n").problems()).hasSize(3);
    }

    @Test
    void two_columns_for_the_same_field_are_refused_as_the_reader_could_only_guess_between_them() {
        RowProblem problem = onlyProblem("cccd,Số giấy tờ,Họ tên,Ngày sinh\n048090000001,048090000002,An,05/07/1990\n");

        assertThat(problem).isEqualTo(new RowProblem(1, "Số giấy tờ",
                "the columns cccd and Số giấy tờ both give the document number; keep one"));
    }

    @Test
    void bytes_that_are_not_utf8_are_one_problem_saying_how_to_save_as_utf8() {
        String text = VI_HEADER + AN;
        for (Charset legacy : List.of(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16)) {
            String encodable = legacy.equals(StandardCharsets.ISO_8859_1) ? "document,name,dob\n048090000001,Bình,1990-07-05\n"
                    : text;
            CardListReading reading = CardCsv.read(encodable.getBytes(legacy), TODAY);

            assertThat(reading.good()).as(legacy.name()).isEmpty();
            assertThat(reading.problems()).as(legacy.name())
                    .containsExactly(new RowProblem(1, "", "the file is not UTF-8: in Excel choose Save As → CSV UTF-8"));
        }
    }

    @Test
    void more_rows_than_the_limit_are_one_problem_and_nothing_is_read() {
        StringBuilder text = new StringBuilder(VI_HEADER);
        text.append(AN.repeat(CardCsv.MAX_ROWS + 1));

        CardListReading reading = read(text.toString());

        assertThat(reading.good()).isEmpty();
        assertThat(reading.dataRows()).isEqualTo(CardCsv.MAX_ROWS + 1);
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.reason()).contains("at most 100000");
        });
    }

    @Test
    void malformed_csv_is_a_problem_on_its_row_and_the_rows_around_it_are_read() {
        CardListReading reading = read(VI_HEADER + AN
                + "048190000002,Trần \"Thị\" Bình,1990-01-31,,\n"
                + "048190000004,Nguyễn Thị Hoa,1990-01-31,,10A1,x,y\n"
                + "048190000005,\"Nguyễn Thị\nMai\",1990-01-31,,\n"
                + CUONG);

        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2, 6);
        assertThat(reading.dataRows()).isEqualTo(5);
        assertThat(reading.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Họ và tên"),
                org.assertj.core.groups.Tuple.tuple(4, ""),
                org.assertj.core.groups.Tuple.tuple(5, "Họ và tên"));
        assertThat(reading.problems().get(0).reason()).startsWith("a quote inside an unquoted field");
        assertThat(reading.problems().get(1).reason()).contains("has 7 cells but the header has 5");
    }

    @Test
    void a_row_shorter_than_the_header_has_its_missing_cells_empty() {
        CardListReading reading = read(VI_HEADER + "048090000001,Nguyễn Văn An,05/07/1990\n048090000002,Nguyễn Văn Ba\n");

        assertThat(reading.good()).extracting(NumberedRow::row).containsExactly(2);
        assertThat(problems(VI_HEADER + "048090000002,Nguyễn Văn Ba\n"))
                .containsExactly("row 2 (Ngày sinh): is empty; it must be " + CardCells.DATE_RULE);
    }

    @Test
    void an_empty_file_a_header_alone_and_an_unreadable_header_are_each_one_problem() {
        assertThat(onlyProblem("").reason()).contains("the file is empty", CardCsv.EXAMPLE_HEADER);
        assertThat(onlyProblem("\uFEFF\n\n").reason()).contains("the file is empty");
        assertThat(onlyProblem(VI_HEADER + "\n,,,,\n")).isEqualTo(new RowProblem(1, "",
                "the file has a header but no rows of people"));
        assertThat(onlyProblem("cccd,\"name,dob\n" + AN).reason()).startsWith("the header row cannot be read: ");
    }
}
