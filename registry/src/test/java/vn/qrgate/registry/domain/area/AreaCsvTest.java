package vn.qrgate.registry.domain.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.testing.AreaFiles;

class AreaCsvTest {

    private static final String HEADER_3 =
            "province_code,province_name,province_type,district_code,district_name,district_type,ward_code,ward_name,ward_type\n";
    private static final String HEADER_2 = "province_code,province_name,province_type,commune_code,commune_name,commune_type\n";
    private static final String HANOI = "01,Thành phố Hà Nội,Thành phố Trung ương,";
    private static final String BA_DINH = "001,Quận Ba Đình,Quận,";

    private static AreaEdition parsed(String text) {
        AreaParse parse = AreaCsv.parse(text);
        assertThat(parse).isInstanceOf(AreaParse.Parsed.class);
        return ((AreaParse.Parsed) parse).edition();
    }

    private static List<String> problems(String text) {
        AreaParse parse = AreaCsv.parse(text);
        assertThat(parse).isInstanceOf(AreaParse.Rejected.class);
        return ((AreaParse.Rejected) parse).problems().stream().map(AreaProblem::toString).toList();
    }

    @Test
    void three_levels_are_found_in_the_header_and_each_row_is_a_path_from_the_top() {
        AreaEdition edition = parsed(HEADER_3
                + HANOI + BA_DINH + "00001,Phường Phúc Xá,Phường\n"
                + HANOI + BA_DINH + "00004,Phường Trúc Bạch,Phường\n");

        AreaLevel district = new AreaLevel(2, "district");
        assertThat(edition.levels()).extracting(AreaLevel::name).containsExactly("province", "district", "ward");
        assertThat(edition.areas()).containsExactly(
                Area.top("01", "Thành phố Hà Nội", "Thành phố Trung ương", new AreaLevel(1, "province")),
                Area.under("01", "001", "Quận Ba Đình", "Quận", district),
                Area.under("001", "00001", "Phường Phúc Xá", "Phường", new AreaLevel(3, "ward")),
                Area.under("001", "00004", "Phường Trúc Bạch", "Phường", new AreaLevel(3, "ward")));
    }

    @Test
    void the_two_level_2025_shape_and_a_one_level_list_load_the_same_way() {
        AreaEdition communes = parsed(HEADER_2 + HANOI + "00004,Phường Ba Đình,Phường\n");
        AreaEdition provinces = parsed("province_code,province_name,province_type\n01,Thành phố Hà Nội,Thành phố Trung ương\n");

        assertThat(communes.counts()).extracting(c -> c.level().name() + " " + c.count())
                .containsExactly("province 1", "commune 1");
        assertThat(communes.areas().get(1).parentCode()).hasValue("01");
        assertThat(provinces.areas()).hasSize(1);
    }

    @Test
    void trailing_levels_may_be_empty_but_a_gap_in_the_middle_may_not() {
        AreaEdition edition = parsed(HEADER_3
                + "48,Thành phố Đà Nẵng,Thành phố Trung ương,498,Huyện Hoàng Sa,Huyện,,,\n"
                + "79,Thành phố Hồ Chí Minh,Thành phố Trung ương,,,,,,\n");

        assertThat(edition.counts()).extracting(LevelCount::count).containsExactly(2, 1, 0);
        assertThat(problems(HEADER_3 + HANOI + ",,,00001,Phường Phúc Xá,Phường\n"))
                .containsExactly("line 2, column 7 (ward_code): a ward is given but the district above it is empty");
        assertThat(problems(HEADER_3 + ",,," + BA_DINH + "00001,Phường Phúc Xá,Phường\n"))
                .containsExactly("line 2, column 1 (province_code): every row starts at the top level; province_code is empty");
    }

    @Test
    void spaces_around_a_name_or_type_are_dropped_as_the_official_list_has_some() {
        AreaEdition edition = parsed(HEADER_2 + HANOI + "00001,Xã Ngư Thủy , Xã\n" + HANOI + "00001,Xã Ngư Thủy,Xã\n");

        assertThat(edition.areas().get(1)).isEqualTo(Area.under("01", "00001", "Xã Ngư Thủy", "Xã", new AreaLevel(2, "commune")));
    }

    @Test
    void a_code_must_keep_its_name_type_parent_and_level_on_every_row() {
        List<String> problems = problems(HEADER_3
                + HANOI + BA_DINH + "00001,Phường Phúc Xá,Phường\n"
                + HANOI + "001,Quận Ba Dinh,Huyện,00004,Phường Trúc Bạch,Phường\n"
                + "02,Tỉnh Hà Giang,Tỉnh," + BA_DINH + "00007,Phường Vĩnh Phúc,Phường\n"
                + HANOI + "002,Quận Hoàn Kiếm,Quận,001,Phường X,Phường\n");

        assertThat(problems).containsExactly(
                "line 3, column 5 (district_name): code 001 is named 'Quận Ba Đình' on line 2, here 'Quận Ba Dinh'",
                "line 3, column 6 (district_type): code 001 has type 'Quận' on line 2, here 'Huyện'",
                "line 4, column 4 (district_code): code 001 is under 01 on line 2, here under 02",
                "line 5, column 7 (ward_code): code 001 is a district on line 2, here a ward");
    }

    @Test
    void every_bad_field_is_reported_with_its_line_and_column_and_nothing_is_parsed() {
        String nfd = Normalizer.normalize("Phường Phúc Xá", Normalizer.Form.NFD);
        List<String> problems = problems(HEADER_3
                + HANOI + BA_DINH + "0000A,Phường Phúc Xá,Phường\n"
                + HANOI + BA_DINH + "00004," + nfd + ",Phường\n"
                + HANOI + BA_DINH + "00007,Phường Vĩnh Phúc\n"
                + HANOI + BA_DINH + "00008, ,\n");

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("line 2, column 7 (ward_code): '0000A' is not a code");
        assertThat(problems.get(1)).startsWith("line 3, column 8 (ward_name): a name ").contains("NFC");
        assertThat(problems.get(2)).isEqualTo("line 4: has 8 fields; the header has 9");
        assertThat(problems.get(3)).isEqualTo("line 5, column 8 (ward_name): a name must not be blank");
        assertThat(problems.get(4)).isEqualTo("line 5, column 9 (ward_type): a type must not be blank");
    }

    @Test
    void a_header_that_is_not_code_name_type_triples_is_refused_column_by_column() {
        assertThat(problems("province_code,province_name,province_kind,ward_id,ward_name,ward_type\n01,A,B,1,C,D\n"))
                .containsExactly(
                        "line 1, column 3 (province_kind): expected province_type here (each level is a _code, _name, _type triple)",
                        "line 1, column 4 (ward_id): expected <level>_code here (each level is a _code, _name, _type triple)",
                        "line 1, column 5 (ward_name): expected <level>_name here (each level is a _code, _name, _type triple)",
                        "line 1, column 6 (ward_type): expected <level>_type here (each level is a _code, _name, _type triple)");
        assertThat(problems("code,name\n")).singleElement().asString().contains("2 columns");
        assertThat(problems("ward_code,ward_name,ward_type,ward_code,ward_name,ward_type\n"))
                .containsExactly("line 1, column 4 (ward_code): the level ward is named twice");
        assertThat(problems("")).singleElement().asString().contains("the file is empty");
        assertThat(problems(HEADER_2)).containsExactly("line 1: the file has a header but no areas");
    }

    @Test
    void quoted_fields_crlf_and_a_byte_order_mark_are_read_as_rfc_4180_says() {
        AreaEdition edition = parsed("\uFEFF" + HEADER_2.replace("\n", "\r\n")
                + "\"01\",\"Thành phố Hà Nội, \"\"Thủ đô\"\"\",Thành phố Trung ương,00001,Phường Phúc Xá,Phường\r\n"
                + "01,\"Thành phố Hà Nội, \"\"Thủ đô\"\"\",Thành phố Trung ương,00004,Phường Trúc Bạch,Phường");

        assertThat(edition.areas().get(0).name()).isEqualTo("Thành phố Hà Nội, \"Thủ đô\"");
        assertThat(edition.areas()).hasSize(3);
    }

    @Test
    void malformed_csv_is_reported_on_its_line_and_reading_goes_on() {
        List<String> problems = problems(HEADER_2
                + "01,Hà \"Nội\",Tỉnh,00001,Phường Phúc Xá,Phường\n"
                + "01,\"Hà Nội\"x,Tỉnh,00001,Phường Phúc Xá,Phường\n"
                + "\n"
                + "01,Hà Nội,Tỉnh,00004,Phường Trúc Bạch\r,Phường\n"
                + "01,Hà Nội,Tỉnh,00007,\"Phường Vĩnh Phúc,Phường\n");

        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith("line 2, column 2: a quote inside an unquoted field");
        assertThat(problems.get(1)).startsWith("line 3, column 2: text after the closing quote");
        assertThat(problems.get(2)).isEqualTo("line 4: an empty line; remove it");
        assertThat(problems.get(3)).startsWith("line 5, column 5: a carriage return (CR) not followed by a line feed");
        assertThat(problems.get(4)).contains("column 5", "quoted field opened on line 6 is never closed");
    }

    @Test
    void the_shipped_samples_load_as_three_and_two_levels_of_the_same_province() throws Exception {
        AreaEdition y2021 = AreaFiles.edition(AreaFiles.DA_NANG_2021);
        AreaEdition y2025 = AreaFiles.edition(AreaFiles.DA_NANG_2025);

        assertThat(y2021.counts()).extracting(c -> c.level().name() + " " + c.count())
                .containsExactly("province 1", "district 7", "ward 47");
        assertThat(y2025.counts()).extracting(c -> c.level().name() + " " + c.count())
                .containsExactly("province 1", "commune 15");
        List<String> wardCodes = y2021.areas().stream().filter(a -> a.level().depth() == 3).map(Area::code).toList();
        assertThat(y2025.areas()).filteredOn(a -> a.level().depth() == 2).extracting(Area::code)
                .allSatisfy(code -> assertThat(wardCodes).contains(code));
        assertThat(y2025.areas().get(0).parentCode()).isEqualTo(Optional.empty());
    }
}
