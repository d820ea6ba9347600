package vn.qrgate.protocol.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Typed reads of a JSON tree that fail with the path of the offending field. A string from the
 * payload is never copied into a message (a misplaced field could hold a name or an ID number);
 * numbers are, since they help and cannot be text.
 */
final class JsonFields {

    // Thread-safe once built; shared by every decode and encode.
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private JsonFields() {
    }

    static JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        String text;
        try {
            // Decoded here rather than by Jackson, which would also accept UTF-16 and UTF-32.
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EventCodecException("", "is not valid UTF-8");
        }
        return parse(text);
    }

    static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // Only the position is taken from Jackson: its message quotes the input.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new EventCodecException("", "is not well-formed JSON" + where);
        }
    }

    static JsonNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new EventCodecException(path, "must be a JSON object, was " + describe(node));
        }
        return node;
    }

    static JsonNode array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw new EventCodecException(path, "must be a JSON array, was " + describe(node));
        }
        return node;
    }

    /** Absent and {@code null} are the same on the wire: an optional field may be written either way. */
    static boolean present(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value != null && !value.isNull();
    }

    static JsonNode required(JsonNode parent, String path, String field) {
        if (!present(parent, field)) {
            throw new EventCodecException(at(path, field), "is required");
        }
        return parent.get(field);
    }

    static String text(JsonNode parent, String path, String field) {
        JsonNode value = required(parent, path, field);
        if (!value.isTextual()) {
            throw new EventCodecException(at(path, field), "must be a string, was " + describe(value));
        }
        return value.textValue();
    }

    static String nonBlank(JsonNode parent, String path, String field) {
        String value = text(parent, path, field);
        if (value.isBlank()) {
            throw new EventCodecException(at(path, field), "must not be blank");
        }
        return value;
    }

    static boolean bool(JsonNode parent, String path, String field) {
        JsonNode value = required(parent, path, field);
        if (!value.isBoolean()) {
            throw new EventCodecException(at(path, field), "must be true or false, was " + describe(value));
        }
        return value.booleanValue();
    }

    static long integer(JsonNode parent, String path, String field, String rule) {
        JsonNode value = required(parent, path, field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            String was = value.isNumber() ? value.asText() : describe(value);
            throw new EventCodecException(at(path, field), rule + ", was " + was);
        }
        return value.longValue();
    }

    static UUID uuid(JsonNode node, String path) {
        // UUID.fromString alone would also take "1-1-1-1-1", hence the pattern first.
        if (!node.isTextual() || !CANONICAL_UUID.matcher(node.textValue()).matches()) {
            throw new EventCodecException(path, "must be a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        }
        return UUID.fromString(node.textValue());
    }

    static List<UUID> uuids(JsonNode parent, String path, String field) {
        String arrayPath = at(path, field);
        JsonNode array = array(required(parent, path, field), arrayPath);
        List<UUID> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            ids.add(uuid(array.get(i), arrayPath + "[" + i + "]"));
        }
        return ids;
    }

    static <E extends Enum<E>> E enumField(JsonNode parent, String path, String field, Class<E> type) {
        return enumNode(required(parent, path, field), at(path, field), type);
    }

    // Names the allowed values instead of quoting the wrong one.
    static <E extends Enum<E>> E enumNode(JsonNode value, String path, Class<E> type) {
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            if (value.isTextual() && constant.name().equals(value.textValue())) {
                return constant;
            }
            allowed.add(constant.name());
        }
        throw new EventCodecException(path, "must be one of " + String.join(", ", allowed));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        switch (node.getNodeType()) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            case NULL: return "null";
            default: return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    static String at(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }
}
