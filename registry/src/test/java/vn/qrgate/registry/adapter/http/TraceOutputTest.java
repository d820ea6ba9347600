package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://x\";\"click\")|\"'=HYPERLINK(\"\"http://x\"\";\"\"click\"\")\"",
            "+84905123456|'+84905123456",
            "-1+2|'-1+2",
            "@SUM(A1)|'@SUM(A1)",
            "NGUYỄN VĂN AN|NGUYỄN VĂN AN",
            "0905123456|0905123456",
            "Lê, Thị|\"Lê, Thị\""})
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String value, String written) {
        assertThat(TraceOutput.field(value)).isEqualTo(written);
    }

    @org.junit.jupiter.api.Test
    void a_leading_tab_or_carriage_return_is_defused_too_and_an_empty_cell_stays_empty() {
        assertThat(TraceOutput.field("\t=1")).isEqualTo("'\t=1");
        assertThat(TraceOutput.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(TraceOutput.field("")).isEmpty();
    }
}
