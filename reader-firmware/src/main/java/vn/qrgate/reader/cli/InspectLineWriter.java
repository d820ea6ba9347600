package vn.qrgate.reader.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.mask.MaskedSubject;
import vn.qrgate.protocol.mask.Masking;

/** Writes {@code inspect}'s JSON lines, keys in the contract's order, UTF-8 whatever the locale. */
final class InspectLineWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final boolean withDetail;

    InspectLineWriter(OutputStream out, boolean withDetail) {
        this.out = out;
        this.withDetail = withDetail;
    }

    void write(CodeResult result) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeStringField("kind", result.kind().name());
            if (result instanceof CodeResult.Accepted accepted) {
                json.writeStringField("decision", "ACCEPTED");
                json.writeNullField("reason");
                json.writeArrayFieldStart("warnings");
                for (Warning w : accepted.warnings()) {
                    json.writeString(w.name());
                }
                json.writeEndArray();
                json.writeFieldName("masked");
                writeMasked(json, Masking.mask(accepted.subject()));
                if (withDetail) {
                    json.writeNullField("detail");
                }
            } else {
                CodeResult.Rejected rejected = (CodeResult.Rejected) result;
                json.writeStringField("decision", "REJECTED");
                json.writeStringField("reason", rejected.reason().name());
                json.writeArrayFieldStart("warnings");
                json.writeEndArray();
                json.writeNullField("masked");
                if (withDetail) {
                    json.writeStringField("detail", rejected.detail());
                }
            }
            json.writeEndObject();
        }
        out.write('\n');
        // A technician may type codes one at a time: answer each at once.
        out.flush();
    }

    void flush() throws IOException {
        out.flush();
    }

    private static void writeMasked(JsonGenerator json, MaskedSubject m) throws IOException {
        json.writeStartObject();
        json.writeStringField("documentType", m.documentType().name());
        json.writeStringField("documentNumber", m.documentNumber());
        json.writeStringField("name", m.name());
        json.writeStringField("birthDate", m.birthDate());
        if (m.phone().isPresent()) {
            json.writeStringField("phone", m.phone().get());
        }
        json.writeEndObject();
    }
}
