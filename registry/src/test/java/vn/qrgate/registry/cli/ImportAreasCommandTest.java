package vn.qrgate.registry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.qrgate.registry.testing.AreaFiles;

class ImportAreasCommandTest {

    private static final String TOKEN = "a-gateway-token-0123456789";
    private static final String HEADER = "province_code,province_name,province_type,ward_code,ward_name,ward_type\n";

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = RegistryMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path config() throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, "venues: [{id: v1, name: Chợ Hàn}]\ngateways: [{id: gw-1, token: " + TOKEN + "}]\n");
        return file;
    }

    private String sql(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("registry.db"));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            StringBuilder rows = new StringBuilder();
            while (rs.next()) {
                rows.append(rs.getString(1)).append('\n');
            }
            return rows.toString();
        }
    }

    @Test
    void importing_the_2021_sample_creates_the_tables_and_counts_each_level() throws Exception {
        int status = run("import-areas", "--config", config().toString(), AreaFiles.DA_NANG_2021.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Imported 55 areas from " + AreaFiles.DA_NANG_2021,
                "sqlite " + dir.resolve("registry.db"));
        assertThat(out.toString()).containsPattern(Pattern.compile(
                "3 levels: province 1, district 7, ward 47 \\(file read in \\d+\\.\\d\\d s, written in \\d+\\.\\d\\d s\\)"));
        assertThat(sql("SELECT name FROM area WHERE code = '20236'")).isEqualTo("Phường Hải Châu\n");
    }

    @Test
    void the_2025_sample_replaces_the_2021_one_and_a_second_import_changes_nothing() throws Exception {
        Path config = config();
        assertThat(run("import-areas", "-c", config.toString(), AreaFiles.DA_NANG_2021.toString())).isZero();
        assertThat(run("import-areas", "-c", config.toString(), AreaFiles.DA_NANG_2025.toString())).isZero();
        String table = sql("SELECT code || '|' || name || '|' || level_name || '|' || coalesce(parent_code, '') "
                + "FROM area ORDER BY code");

        assertThat(run("import-areas", "-c", config.toString(), AreaFiles.DA_NANG_2025.toString())).isZero();

        assertThat(out.toString()).contains("2 levels: province 1, commune 15");
        assertThat(table).contains("20236|Phường Hải Châu|commune|48\n").doesNotContain("|district|");
        assertThat(sql("SELECT code || '|' || name || '|' || level_name || '|' || coalesce(parent_code, '') "
                + "FROM area ORDER BY code")).isEqualTo(table);
    }

    @Test
    void a_bad_file_exits_2_lists_every_problem_and_imports_nothing() throws Exception {
        Path config = config();
        assertThat(run("import-areas", "-c", config.toString(), AreaFiles.DA_NANG_2021.toString())).isZero();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER
                + "48,Thành phố Đà Nẵng,Thành phố Trung ương,2019A,Phường Hòa Hiệp Bắc,Phường\n"
                + "48,Thành phố Đà Nẵng,Tỉnh,20195,,Phường\n");

        int status = run("import-areas", "-c", config.toString(), bad.toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("3 problems in " + bad,
                "  line 2, column 4 (ward_code): '2019A' is not a code",
                "  line 3, column 3 (province_type): code 48 has type 'Thành phố Trung ương' on line 2, here 'Tỉnh'",
                "  line 3, column 5 (ward_name): a name must not be blank",
                "Nothing was imported");
        assertThat(out.toString()).isEmpty();
        assertThat(sql("SELECT count(*) FROM area")).as("the 2021 sample is still there").isEqualTo("55\n");
    }

    @Test
    void a_file_with_many_problems_shows_the_first_50_and_counts_the_rest() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("48,Thành phố Đà Nẵng,Thành phố Trung ương,x").append(i).append(",Phường ").append(i).append(",Phường\n");
        }
        Path bad = dir.resolve("many.csv");
        Files.writeString(bad, csv);

        assertThat(run("import-areas", "-c", config().toString(), bad.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("120 problems in " + bad, "line 51, column 4", "… and 70 more")
                .doesNotContain("line 52, column 4");
        assertThat(Files.exists(dir.resolve("registry.db"))).as("no store is opened for a bad file").isFalse();
    }

    @Test
    void a_file_that_is_missing_or_not_utf8_exits_2() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "48,Đà Nẵng,Tỉnh,20194,Phường Hòa Hiệp Bắc,Phường\n").getBytes(StandardCharsets.UTF_16LE));

        assertThat(run("import-areas", "-c", config().toString(), dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.csv does not exist", "Nothing was imported");
        assertThat(run("import-areas", "-c", config().toString(), latin1.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is not UTF-8 text");
    }

    @Test
    void a_bad_config_exits_2_before_the_file_is_read() throws Exception {
        Path config = dir.resolve("registry.yaml");
        Files.writeString(config, "retention: forever\n");

        assertThat(run("import-areas", "-c", config.toString(), AreaFiles.DA_NANG_2021.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("import-areas:", "retention: forever", "Nothing was imported");
        assertThat(Files.exists(dir.resolve("registry.db"))).isFalse();
    }

    @Test
    void help_explains_the_file_format_and_the_exit_status() {
        assertThat(run("import-areas", "--help")).isZero();

        assertThat(out.toString()).contains("--config=FILE", "CSVFILE", "<level>_code", "commune", "nothing is imported",
                "Exit status", "areas-48-da-nang-2021.csv");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("import-areas");
    }

    @Test
    void the_full_official_list_imports_with_every_ward_under_a_district_under_a_province() throws Exception {
        Path full = AreaFiles.fullListOrSkip();

        assertThat(run("import-areas", "-c", config().toString(), full.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("3 levels: province 63, district 691, ward 10 047");
        assertThat(sql("SELECT count(*) FROM area w JOIN area d ON d.code = w.parent_code AND d.level = 2 "
                + "JOIN area p ON p.code = d.parent_code AND p.level = 1 AND p.parent_code IS NULL WHERE w.level = 3"))
                .isEqualTo("10047\n");
        // Shown in the build log: the timing of the import on this machine, not asserted.
        System.out.print(out);
    }
}
