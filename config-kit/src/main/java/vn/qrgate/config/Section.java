package vn.qrgate.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML mapping being read, at a dotted path ({@code outbox}, {@code devices[1]}). Getters record an
 * error and return empty/null instead of throwing, so one pass collects every problem in the file.
 * Scalars arrive as text (see {@link YamlTree}) and are parsed here by {@link Values} parsers.
 */
public final class Section {

    private final Reading reading;
    private final String path;
    private final JsonNode node;

    private Section(Reading reading, String path, JsonNode node) {
        this.reading = reading;
        this.path = path;
        this.node = node;
    }

    /** The file's top level, with its keys checked against {@code known}. */
    public static Section root(Reading reading, JsonNode node, List<String> known) {
        return new Section(reading, "", node).allow(known);
    }

    /** A list item or other mapping found by the caller, with its keys checked against {@code known}. */
    public static Section at(Reading reading, String path, JsonNode node, List<String> known) {
        return new Section(reading, path, node).allow(known);
    }

    public String path() {
        return path;
    }

    public String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public Reading reading() {
        return reading;
    }

    /** Present with something in it: not absent, not {@code ~}, not an empty value. */
    public boolean given(String name) {
        return isGiven(node.get(name));
    }

    public static boolean isGiven(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty());
    }

    public JsonNode raw(String name) {
        return node.get(name);
    }

    /** The value as written (before placeholders are resolved), or null; for checks and messages. */
    public String written(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** A single value, placeholders resolved; a list or section here is an error. */
    public Optional<String> scalar(String name) {
        JsonNode value = node.get(name);
        if (!isGiven(value)) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            reading.errorShown(key(name), describe(reading, value), "expected a single value here, not a "
                    + (value.isArray() ? "list" : "section"));
            return Optional.empty();
        }
        return reading.resolve(key(name), value.asText());
    }

    public <T> Optional<T> get(String name, Values.Parser<T> parser) {
        Optional<String> text = scalar(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(text.get()));
        } catch (IllegalArgumentException e) {
            reading.error(key(name), written(name), e.getMessage());
            return Optional.empty();
        }
    }

    /** The parsed value, or null after recording why (missing or invalid). {@code example} shows a valid line. */
    public <T> T require(String name, Values.Parser<T> parser, String example) {
        if (!given(name)) {
            reading.error(key(name), null, "required; e.g. " + example);
            return null;
        }
        return get(name, parser).orElse(null);
    }

    /** The parsed value, the default when absent, or null when invalid (the error is recorded). */
    public <T> T orDefault(String name, Values.Parser<T> parser, T fallback) {
        if (!given(name)) {
            return fallback;
        }
        return get(name, parser).orElse(null);
    }

    /** A nested section; empty when absent or {@code ~}; an error when it is a value or a list. */
    public Optional<Section> child(String name, List<String> known) {
        JsonNode value = node.get(name);
        if (!isGiven(value)) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            reading.errorShown(key(name), describe(reading, value), "expected a section with the keys "
                    + String.join(", ", known) + " (indent them under '" + name + ":')");
            return Optional.empty();
        }
        return Optional.of(at(reading, key(name), value, known));
    }

    /** Like {@link #child} but required: null (with the error recorded) when absent. */
    public Section requireChild(String name, List<String> known, String example) {
        if (!given(name)) {
            reading.error(key(name), null, "required section; e.g. " + example);
            return null;
        }
        return child(name, known).orElse(null);
    }

    /** A list; empty when absent; an error when it is not a list. */
    public Optional<List<JsonNode>> list(String name, String example) {
        JsonNode value = node.get(name);
        if (!isGiven(value)) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            reading.errorShown(key(name), describe(reading, value), "expected a list, one item per line starting with "
                    + "'- '; e.g. " + example);
            return Optional.empty();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return Optional.of(items);
    }

    public void error(String name, String rule) {
        reading.error(key(name), written(name), rule);
    }

    /** What an error line shows for {@code value}: its text as {@code reading} shows values, or its shape. */
    public static String describe(Reading reading, JsonNode value) {
        if (value.isObject()) {
            return "(section)";
        }
        if (value.isArray()) {
            return "(list)";
        }
        return value.isTextual() ? reading.shown(value.asText()) : "(empty)";
    }

    private Section allow(List<String> known) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                reading.errorShown(key(name), describe(reading, node.get(name)), unknownKeyRule(name, known));
            }
        }
        return this;
    }

    private String unknownKeyRule(String name, List<String> known) {
        Optional<String> near = Suggest.closest(name, known);
        if (near.isPresent()) {
            return "unknown key '" + name + "'; did you mean '" + near.get() + "'?";
        }
        // A key put in the wrong section is a common slip: point to where it belongs.
        List<String> elsewhere = new ArrayList<>();
        for (Map.Entry<String, List<String>> section : reading.schema().entrySet()) {
            for (String candidate : section.getValue()) {
                if (candidate.equalsIgnoreCase(name) && !section.getKey().equals(schemaPath())) {
                    elsewhere.add("'" + (section.getKey().isEmpty() ? candidate : section.getKey() + "." + candidate)
                            + "'");
                }
            }
        }
        if (!elsewhere.isEmpty()) {
            return "unknown key '" + name + "' here; did you mean " + String.join(" or ", elsewhere) + "?";
        }
        return "unknown key '" + name + "'; allowed here: " + String.join(", ", known);
    }

    /** {@code devices[2].id} → {@code devices[].id}, the form the schema map uses. */
    private String schemaPath() {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}
