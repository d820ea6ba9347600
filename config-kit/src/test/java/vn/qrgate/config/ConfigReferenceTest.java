package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        sections.put("", List.of("retention", "mqtt"));
        sections.put("mqtt", List.of("uri", "password"));
        return sections;
    }

    @Test
    void sections_come_in_schema_order_with_the_default_and_the_description_of_each_key() {
        String md = ConfigReference.render(new ConfigReference.Spec("# Test\n", sections(), Map.of("retention", "30d"),
                Map.of("retention", new KeyDoc("old rows go", "a duration"), "mqtt.uri", new KeyDoc("the broker", "a URI"))));

        assertThat(md).startsWith("# Test\n\n## Top level\n");
        assertThat(md.indexOf("## Top level")).isLessThan(md.indexOf("## `mqtt`"));
        assertThat(md).contains("| `retention` | `30d` | old rows go | a duration |",
                "| `mqtt.uri` | — | the broker | a URI |");
    }

    @Test
    void a_key_without_a_description_is_marked_so_the_reference_test_can_fail_on_it() {
        String md = ConfigReference.render(new ConfigReference.Spec("", sections(), Map.of(), Map.of()));

        assertThat(md).contains("| `mqtt.password` | — | ? | ? |");
        assertThat(ConfigReference.keyPaths(sections())).containsExactly("retention", "mqtt", "mqtt.uri", "mqtt.password");
    }
}
