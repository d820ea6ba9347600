package vn.qrgate.registry.adapter.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Small JSON bodies written field by field, so the wire names do not depend on Java names. */
final class Json {

    static final String CONTENT_TYPE = "application/json";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private Json() {
    }

    static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode JSON", e);
        }
        return out.toByteArray();
    }

    static byte[] error(String message, Map<String, Object> details) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            for (Map.Entry<String, Object> detail : details.entrySet()) {
                g.writeFieldName(detail.getKey());
                writeDetail(g, detail.getValue());
            }
            g.writeEndObject();
        });
    }

    static byte[] status(String status) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", status);
            g.writeEndObject();
        });
    }

    /** Numbers, text, and lists or maps of them (a list of field problems). */
    private static void writeDetail(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Number number) {
            g.writeNumber(number.longValue());
        } else if (value instanceof java.util.List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeDetail(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeDetail(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeString(String.valueOf(value));
        }
    }
}
