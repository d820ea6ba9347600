package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.protocol.mask.Masking;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;

class SelfDeclaredEventTest {

    private static final DeviceId WEB_FORM = new DeviceId("web-venue-hn-0042");

    private static Identity typedIn() {
        return new Identity(DocumentType.CCCD, SampleEvents.DOCUMENT_NUMBER, "Trần Thị Bình", null, null,
                SampleEvents.PHONE);
    }

    private static Event selfDeclared() {
        return Event.accepted(SampleEvents.ACCEPTED_ID, WEB_FORM, SampleEvents.VENUE, 1, SampleEvents.AT, true,
                Direction.IN, Kind.SELF_DECLARED, typedIn(), ScanSource.WEB, List.of());
    }

    @Test
    void a_self_declared_check_in_may_come_without_a_birth_date() {
        assertThat(selfDeclared().subject().birthDate()).isNull();
    }

    @Test
    void a_scanned_code_without_a_birth_date_is_refused_naming_the_field() {
        assertThatThrownBy(() -> Event.accepted(SampleEvents.ACCEPTED_ID, WEB_FORM, SampleEvents.VENUE, 1,
                SampleEvents.AT, true, Direction.IN, Kind.CCCD, typedIn(), ScanSource.SERIAL, List.of()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("subject.birthDate")
                .hasMessageNotContaining(SampleEvents.DOCUMENT_NUMBER);
    }

    @Test
    void it_survives_the_ingest_json_round_trip_without_a_birth_date_field() {
        IngestRequest request = new IngestRequest(List.of(selfDeclared()));
        String json = EventJson.encodeToString(request);

        assertThat(json).doesNotContain("birthDate").contains("\"kind\":\"SELF_DECLARED\"", "\"source\":\"web\"");
        assertThat(EventJson.decodeIngestRequest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).events())
                .containsExactly(selfDeclared());
    }

    @Test
    void its_masked_birth_date_is_empty_and_the_rest_masked_as_usual() {
        var masked = Masking.mask(typedIn());

        assertThat(masked.birthDate()).isEqualTo(Masking.NO_BIRTH_DATE).isEmpty();
        assertThat(masked.documentNumber()).isEqualTo("******012345");
        assertThat(masked.name()).isEqualTo("T. T. BÌNH");
    }
}
