package vn.qrgate.registry.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.trace.Ending;
import vn.qrgate.registry.domain.trace.TraceKind;

/**
 * The console's two dictionaries and its scripts, read as files: every sentence exists in Vietnamese
 * and English, every key the scripts ask for is there, and nothing is fetched from outside the registry.
 */
class ConsoleTextsTest {

    private static final Path CONSOLE = Path.of("src", "main", "resources", "console");
    private static final Pattern LITERAL_KEY = Pattern.compile("\\bt\\('([A-Za-z0-9_.-]*[A-Za-z0-9_-])'");
    private static final Pattern MENU_KEY = Pattern.compile("'(nav\\.[A-Za-z0-9_.-]+)'");
    private static final Pattern COUNT_NAMES = Pattern.compile("const COUNTS = \\[([^\\]]*)\\]");

    private static Map<String, String> dictionary(String lang) throws IOException {
        JsonNode root = new ObjectMapper().readTree(CONSOLE.resolve("i18n").resolve(lang + ".json").toFile());
        Map<String, String> texts = new TreeMap<>();
        root.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        return texts;
    }

    private static List<Path> consoleFiles(String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(CONSOLE)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Set<String> matches(Pattern pattern, String suffix) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : consoleFiles(suffix)) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void vietnamese_and_english_have_the_same_keys() throws IOException {
        Map<String, String> vi = dictionary("vi");
        Map<String, String> en = dictionary("en");

        assertThat(vi).isNotEmpty();
        assertThat(vi.keySet()).as("keys only in vi.json vs en.json").containsExactlyElementsOf(en.keySet());
    }

    @Test
    void no_sentence_is_empty_in_either_language() throws IOException {
        for (String lang : List.of("vi", "en")) {
            assertThat(dictionary(lang)).as(lang).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
        }
    }

    @Test
    void every_key_the_scripts_ask_for_is_in_the_dictionary() throws IOException {
        Set<String> used = matches(LITERAL_KEY, ".js");
        used.addAll(matches(MENU_KEY, ".js"));
        Map<String, String> vi = dictionary("vi");

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(vi.keySet()).containsAll(used);
    }

    @Test
    void every_role_audit_kind_trace_ending_and_dashboard_count_has_a_label() throws IOException {
        List<String> needed = new ArrayList<>();
        for (Role role : Role.values()) {
            needed.add("role." + role.configName());
        }
        for (TraceKind kind : TraceKind.values()) {
            needed.add("audit.kind." + kind.name());
        }
        for (Ending ending : Ending.values()) {
            needed.add("trace.ending." + ending.name());
        }
        Set<String> counts = matches(COUNT_NAMES, ".js");
        assertThat(counts).hasSize(1);
        for (String name : counts.iterator().next().split(",")) {
            needed.add("stats." + name.strip().replace("'", ""));
        }

        assertThat(dictionary("vi").keySet()).containsAll(needed);
    }

    @Test
    void placeholders_match_between_the_languages() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\w+)}");
        Map<String, String> en = dictionary("en");
        dictionary("vi").forEach((key, text) -> assertThat(names(placeholder, en.get(key))).as(key)
                .isEqualTo(names(placeholder, text)));
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void the_console_loads_nothing_from_outside_the_registry() throws IOException {
        for (String suffix : List.of(".html", ".js", ".css")) {
            for (Path file : consoleFiles(suffix)) {
                String text = Files.readString(file).replace("http://www.w3.org/2000/svg", "");
                assertThat(text).as(file.toString()).doesNotContain("http://", "https://", "//cdn", "@import");
            }
        }
    }

    @Test
    void no_script_turns_api_text_into_markup() throws IOException {
        for (Path file : consoleFiles(".js")) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        }
    }
}
