package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import vn.qrgate.registry.domain.people.InvalidPhoneException;
import vn.qrgate.registry.domain.people.PhoneNumber;

/** Reading the small JSON bodies of the people and venue endpoints, with errors naming the field. */
final class Requests {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_QUOTED = 64;
    private static final int MAX_BODY = 16 * 1024;

    private Requests() {
    }

    /** The body as a JSON object; 400 otherwise. */
    static JsonNode body(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY) {
            throw ApiError.of(413, "the body is too large: " + bytes.length + " bytes; at most " + MAX_BODY);
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.of(400, "the body must be a JSON object, e.g. {\"phone\":\"0912000111\"}");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ApiError.of(400, "the body could not be read");
        }
    }

    /** A text field; 400 naming it when it is missing or not text. */
    static String text(JsonNode body, String field, String example) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiError.of(400, "field " + field + " is required, e.g. \"" + field + "\": " + example)
                    .detail("field", field);
        }
        if (!value.isTextual()) {
            throw ApiError.of(400, "field " + field + " must be text, e.g. \"" + field + "\": " + example)
                    .detail("field", field).detail("value", quoted(value.toString()));
        }
        return value.asText();
    }

    static boolean has(JsonNode body, String field) {
        return body.hasNonNull(field);
    }

    /** The phone of a body field or path segment. The value is not echoed back: it is personal data. */
    static PhoneNumber phone(String field, String text) {
        try {
            return PhoneNumber.parse(text);
        } catch (InvalidPhoneException e) {
            return fail(ApiError.of(400, field + ": " + e.getMessage()).detail("field", field)
                    .detail("allowed", InvalidPhoneException.ALLOWED));
        }
    }

    static ApiError bad(String field, String value, String allowed) {
        return ApiError.of(400, "field " + field + " must be " + allowed).detail("field", field)
                .detail("value", quoted(value)).detail("allowed", allowed);
    }

    /** Request text echoed back: short, and without control characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX_QUOTED).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return text.codePointCount(0, text.length()) > MAX_QUOTED ? out + "…" : out.toString();
    }

    private static <T> T fail(ApiError error) {
        throw error;
    }
}
