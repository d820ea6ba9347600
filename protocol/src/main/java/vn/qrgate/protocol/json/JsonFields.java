package vn.qrgate.protocol.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

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


    private JsonFields() {
    }

    static JsonNode parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        // Checked here rather than left to Jackson, which would also take UTF-16 and UTF-32, and is
        // lenient about overlong forms and surrogates.
        if (!FastPaths.isStrictUtf8(json)) {
            throw new EventCodecException("", "is not valid UTF-8");
        }
        // A NUL byte is never JSON, and in the first four bytes it would make Jackson guess UTF-16/32;
        // a byte order mark is not JSON either. Both go the String way and fail there with a position.
        if (json.length < 4 || json[0] == 0 || json[1] == 0 || json[2] == 0 || json[3] == 0 || (json[0] & 0xFF) == 0xEF) {
            return parse(new String(json, StandardCharsets.UTF_8));
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notWellFormed(e);
        } catch (java.io.IOException e) {
            throw new EventCodecException("", "is not well-formed JSON");
        }
    }

    static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw notWellFormed(e);
        }
    }

    private static EventCodecException notWellFormed(JsonProcessingException e) {
        // Only the position is taken from Jackson: its message quotes the input.
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new EventCodecException("", "is not well-formed JSON" + where);
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
        UUID id = node.isTextual() ? FastPaths.canonicalUuid(node.textValue()) : null;
        if (id == null) {
            throw new EventCodecException(path, "must be a UUID in the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        }
        return id;
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
        JsonNode value = required(parent, path, field);
        E constant = value.isTextual() ? FastPaths.enumConstant(type, value.textValue()) : null;
        return constant != null ? constant : enumNode(value, at(path, field), type);
    }

    // Names the allowed values instead of quoting the wrong one.
    static <E extends Enum<E>> E enumNode(JsonNode value, String path, Class<E> type) {
        E found = value.isTextual() ? FastPaths.enumConstant(type, value.textValue()) : null;
        if (found != null) {
            return found;
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
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
