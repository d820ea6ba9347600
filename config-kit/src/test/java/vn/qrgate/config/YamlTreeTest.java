package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static final String BROKEN_NEAR_PLACEHOLDER = "mqtt: {password: ${ENV:P}}\n";

    private static Reading reading() {
        return new Reading(Map.of(), Map.of(), raw -> raw);
    }

    @Test
    void scalars_stay_text_exactly_as_written() {
        JsonNode tree = YamlTree.read("usb: 0b6a\ncount: 010\nflag: yes\n", "(file)", reading()).orElseThrow();
        assertThat(tree.get("usb").asText()).isEqualTo("0b6a");
        assertThat(tree.get("count").asText()).isEqualTo("010");
        assertThat(tree.get("flag").isTextual()).isTrue();
    }

    @Test
    void a_key_given_twice_is_an_error_naming_the_line_of_the_second() {
        Reading reading = reading();
        YamlTree.read("a: 1\na: 2\n", "(file)", reading);
        assertThat(reading.errors()).containsExactly(new ConfigError("a", "(given twice)",
                "a key may appear only once in its section; the second one is on line 2"));
    }

    @Test
    void by_default_a_syntax_error_next_to_a_placeholder_suggests_quoting_it() {
        Reading reading = reading();
        assertThat(YamlTree.read(BROKEN_NEAR_PLACEHOLDER, "(file)", reading)).isEmpty();
        assertThat(reading.errors()).singleElement().satisfies(e -> {
            assertThat(e.rule()).contains("put ${ENV:NAME} in quotes");
            assertThat(e.value()).startsWith("line 1").doesNotContain("password");
        });
    }

    @Test
    void advice_can_name_the_example_file_and_leave_out_the_placeholder_hint() {
        YamlTree.Advice advice = new YamlTree.Advice("the file has no settings; start from x.yaml", false);
        Reading broken = reading();
        YamlTree.read(BROKEN_NEAR_PLACEHOLDER, "(file)", broken, advice);
        assertThat(broken.errors()).singleElement().satisfies(e -> assertThat(e.rule()).doesNotContain("quotes"));

        Reading empty = reading();
        YamlTree.read("", "(file)", empty, advice);
        assertThat(empty.errors()).containsExactly(new ConfigError("(file)", "(empty file)",
                "the file has no settings; start from x.yaml"));
    }
}
