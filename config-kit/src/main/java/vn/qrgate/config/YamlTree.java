package vn.qrgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads YAML into a JsonNode tree whose scalars are all text exactly as written. Keeping the text
 * (rather than letting YAML type it) is deliberate: {@code 0b6a} and {@code 0x0b6a} both stay hex,
 * {@code 010} stays ten, {@code yes} is not silently a boolean, and every value is judged by the
 * config's own rules. Duplicate keys and aliases are errors, not a silent "last one wins".
 * Syntax errors report line and column and the parser's complaint, never the offending line: it may
 * hold a password.
 */
public final class YamlTree {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final int MAX_PROBLEM_LENGTH = 120;

    private YamlTree() {
    }

    /**
     * What a syntax error or an empty file adds to the message. The registry names its own example file
     * and never had the placeholder hint, so its messages stay as they were.
     *
     * @param emptyFile       the rule for a file with no settings
     * @param placeholderHint whether a syntax error next to {@code ${...}} suggests quoting the placeholder
     */
    public record Advice(String emptyFile, boolean placeholderHint) {

        public static final Advice DEFAULT = new Advice("the file has no settings; start from an example config", true);
    }

    /** The tree, or empty with the reason recorded under {@code fileKey}. */
    public static Optional<JsonNode> read(String text, String fileKey, Reading reading) {
        return read(text, fileKey, reading, Advice.DEFAULT);
    }

    // jackson-dataformat-yaml deprecates its snakeyaml exception types but offers no other way to the
    // line and column of a syntax error, which is what an operator needs.
    @SuppressWarnings("deprecation")
    public static Optional<JsonNode> read(String text, String fileKey, Reading reading, Advice advice) {
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                reading.errorShown(fileKey, "(empty file)", advice.emptyFile());
                return Optional.empty();
            }
            JsonNode root = value(parser, first, "", reading);
            if (parser.nextToken() != null) {
                reading.errorShown(fileKey, "line " + parser.currentTokenLocation().getLineNr(),
                        "a second YAML document starts here ('---'); put everything in one document");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            String where = mark == null ? "(unknown position)" : "line " + (mark.getLine() + 1) + ", column "
                    + (mark.getColumn() + 1);
            reading.errorShown(fileKey, where, "not valid YAML: " + shorten(e.getProblem())
                    + "; check the indentation (spaces, not tabs) and that each key is followed by ': '"
                    + (advice.placeholderHint() ? placeholderHint(text, mark) : ""));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(unknown position)" : "line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            reading.errorShown(fileKey, where, "not the layout expected: plain 'key: value' lines, sections and "
                    + "'- ' lists (complex keys and tags are not supported)");
            return Optional.empty();
        } catch (IOException e) {
            reading.errorShown(fileKey, "(unreadable)", "could not be read: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token, String path, Reading reading)
            throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                JsonToken next;
                while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    int line = parser.currentTokenLocation().getLineNr();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    JsonNode child = value(parser, parser.nextToken(), childPath, reading);
                    if (object.has(name)) {
                        reading.errorShown(childPath, "(given twice)", "a key may appear only once in its section; "
                                + "the second one is on line " + line);
                    } else {
                        object.set(name, child);
                    }
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(value(parser, next, path + "[" + (array.size() + 1) + "]", reading));
                }
                return array;
            }
            case VALUE_NULL -> {
                return NullNode.getInstance();
            }
            case VALUE_EMBEDDED_OBJECT -> {
                reading.errorShown(path, "(tagged value)", "YAML tags such as !!binary are not supported; write "
                        + "the value as plain text");
                return NullNode.getInstance();
            }
            default -> {
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    reading.errorShown(path, "(alias)", "YAML aliases (*name) are not supported; write the value out");
                    return NullNode.getInstance();
                }
                return TextNode.valueOf(parser.getText());
            }
        }
    }

    /** An unquoted ${ENV:...} inside {braces} is the likeliest cause there; say so without quoting the line. */
    private static String placeholderHint(String text, Mark mark) {
        if (mark == null) {
            return "";
        }
        String[] lines = text.split("\n", -1);
        int line = mark.getLine();
        boolean nearPlaceholder = (line < lines.length && lines[line].contains("${"))
                || (line > 0 && line - 1 < lines.length && lines[line - 1].contains("${"));
        return nearPlaceholder ? "; inside { } put ${ENV:NAME} in quotes: \"${ENV:NAME}\"" : "";
    }

    private static String shorten(String problem) {
        if (problem == null) {
            return "syntax error";
        }
        String oneLine = problem.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_PROBLEM_LENGTH ? oneLine : oneLine.substring(0, MAX_PROBLEM_LENGTH) + "…";
    }
}
