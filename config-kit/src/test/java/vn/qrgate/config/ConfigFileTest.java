package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static final ConfigFile.Rules RULES = new ConfigFile.Rules(1024, "/etc/qrgate/x.yaml",
            "start from x/examples/x.yaml", "directory");

    @TempDir
    Path dir;

    private static ConfigError refusal(ConfigFile.Read read) {
        assertThat(read).isInstanceOf(ConfigFile.Refused.class);
        return ((ConfigFile.Refused) read).error();
    }

    @Test
    void a_missing_file_a_directory_a_huge_file_and_non_utf8_text_are_each_refused_saying_what_to_do()
            throws IOException {
        Path big = Files.write(dir.resolve("big.yaml"), new byte[2048]);
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9});

        assertThat(refusal(ConfigFile.read(dir.resolve("none.yaml"), RULES)).rule())
                .isEqualTo("no such file; start from x/examples/x.yaml");
        assertThat(refusal(ConfigFile.read(dir, RULES)).rule()).contains("is a directory", "/etc/qrgate/x.yaml");
        assertThat(refusal(ConfigFile.read(big, RULES))).satisfies(e -> {
            assertThat(e.value()).isEqualTo("2048 bytes");
            assertThat(e.rule()).contains("at most 1KB");
        });
        assertThat(refusal(ConfigFile.read(latin1, RULES)).rule()).contains("not UTF-8");
    }

    @Test
    void a_readable_file_gives_its_text_and_its_own_directory_for_relative_paths() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.yaml"), "a: 1\n");

        assertThat(ConfigFile.read(file, RULES)).isEqualTo(new ConfigFile.Text("a: 1\n", file.toString(), dir));
    }

    @Test
    void a_byte_order_mark_is_ignored_and_a_bug_in_the_service_reader_is_an_error_without_its_message() {
        Reading ok = new Reading(Map.of(), Map.of(), UnaryOperator.identity());
        Reading buggy = new Reading(Map.of(), Map.of(), UnaryOperator.identity());

        Optional<Integer> read = ConfigFile.check("\uFEFFa: 7\n", "x.yaml", ok, YamlTree.Advice.DEFAULT,
                (JsonNode tree) -> Optional.of(tree.get("a").asInt()));
        Optional<Integer> failed = ConfigFile.check("a: secret-value\n", "x.yaml", buggy, YamlTree.Advice.DEFAULT,
                tree -> {
                    throw new IllegalStateException(tree.get("a").asText());
                });

        assertThat(read).contains(7);
        assertThat(failed).isEmpty();
        assertThat(buggy.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).contains("IllegalStateException in the checker").doesNotContain("secret-value");
        });
        assertThat(List.of(ok.errorCount())).containsExactly(0);
    }
}
