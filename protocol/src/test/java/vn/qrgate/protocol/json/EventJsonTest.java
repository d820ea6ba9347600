package vn.qrgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrgate.protocol.event.SampleEvents.ACCEPTED_ID;
import static vn.qrgate.protocol.event.SampleEvents.REJECTED_ID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.AckMessage;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.protocol.event.SampleEvents;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

class EventJsonTest {

    // Written by hand from DESIGN §4, not produced by the codec.
    private static final String GOLDEN_BATCH = """
            {
              "v": 1,
              "device": "gate-01",
              "events": [
                {
                  "eventId": "01a225ac-a080-7123-8456-0123456789ab",
                  "device": "gate-01",
                  "venue": "venue-hn-0042",
                  "seq": 41,
                  "scannedAt": "2026-11-29T12:00:00+07:00",
                  "clockSynced": true,
                  "direction": "IN",
                  "kind": "QG1",
                  "subject": {
                    "documentType": "CCCD",
                    "documentNumber": "001190012345",
                    "name": "TRẦN THỊ BÌNH",
                    "birthDate": "1990-05-17",
                    "sex": "FEMALE",
                    "phone": "0912345600"
                  },
                  "decision": "ACCEPTED",
                  "source": "serial",
                  "warnings": ["TRUST_LIST_STALE"]
                },
                {
                  "eventId": "01a225ac-a081-7124-9456-0123456789ac",
                  "device": "gate-01",
                  "venue": "venue-hn-0042",
                  "seq": 42,
                  "scannedAt": "2026-11-29T12:00:00+07:00",
                  "clockSynced": false,
                  "direction": "OUT",
                  "kind": "CCCD",
                  "decision": "REJECTED",
                  "reason": "BIRTH_MISMATCH",
                  "source": "camera"
                }
              ]
            }
            """;

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void the_golden_batch_from_the_design_decodes_field_by_field() {
        CheckinBatch batch = EventJson.decodeCheckinBatch(GOLDEN_BATCH.getBytes(StandardCharsets.UTF_8));

        assertThat(batch.device()).isEqualTo(new DeviceId("gate-01"));
        Event accepted = batch.events().get(0);
        assertThat(accepted.eventId()).isEqualTo(UUID.fromString("01a225ac-a080-7123-8456-0123456789ab"));
        assertThat(accepted.venue()).isEqualTo("venue-hn-0042");
        assertThat(accepted.seq()).isEqualTo(41);
        assertThat(accepted.scannedAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T12:00:00+07:00"));
        assertThat(accepted.clockSynced()).isTrue();
        assertThat(accepted.direction()).isEqualTo(Direction.IN);
        assertThat(accepted.kind()).isEqualTo(Kind.QG1);
        assertThat(accepted.subject()).isEqualTo(new Identity(DocumentType.CCCD, "001190012345", "TRẦN THỊ BÌNH",
                LocalDate.of(1990, 5, 17), Sex.FEMALE, "0912345600"));
        assertThat(accepted.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(accepted.reason()).isNull();
        assertThat(accepted.source()).isEqualTo(ScanSource.SERIAL);
        assertThat(accepted.warnings()).containsExactly(Warning.TRUST_LIST_STALE);

        Event rejected = batch.events().get(1);
        assertThat(rejected.subject()).isNull();
        assertThat(rejected.reason()).isEqualTo(Reason.BIRTH_MISMATCH);
        assertThat(rejected.source()).isEqualTo(ScanSource.CAMERA);
        assertThat(rejected.warnings()).isEmpty();
    }

    @Test
    void the_golden_batch_is_what_the_codec_writes_for_the_same_events() throws Exception {
        CheckinBatch batch = CheckinBatch.of(SampleEvents.accepted(), SampleEvents.rejected());

        assertThat(EventJson.decodeCheckinBatch(GOLDEN_BATCH)).isEqualTo(batch);
        assertThat(PLAIN.readTree(EventJson.encode(batch))).isEqualTo(PLAIN.readTree(GOLDEN_BATCH));
    }

    @Test
    void an_event_is_written_with_contract_names_in_contract_order() {
        assertThat(EventJson.encodeToString(SampleEvents.accepted())).isEqualTo("{"
                + "\"eventId\":\"01a225ac-a080-7123-8456-0123456789ab\",\"device\":\"gate-01\","
                + "\"venue\":\"venue-hn-0042\",\"seq\":41,\"scannedAt\":\"2026-11-29T12:00:00+07:00\","
                + "\"clockSynced\":true,\"direction\":\"IN\",\"kind\":\"QG1\",\"subject\":{"
                + "\"documentType\":\"CCCD\",\"documentNumber\":\"001190012345\",\"name\":\"TRẦN THỊ BÌNH\","
                + "\"birthDate\":\"1990-05-17\",\"sex\":\"FEMALE\",\"phone\":\"0912345600\"},"
                + "\"decision\":\"ACCEPTED\",\"source\":\"serial\",\"warnings\":[\"TRUST_LIST_STALE\"]}");
    }

    @Test
    void an_accepted_event_with_subject_and_warnings_round_trips() {
        Event event = SampleEvents.accepted();

        assertThat(EventJson.decodeEvent(EventJson.encode(event))).isEqualTo(event);
        assertThat(EventJson.decodeEvent(EventJson.encodeToString(event))).isEqualTo(event);
    }

    @Test
    void a_rejected_event_round_trips_and_carries_no_subject_nor_warnings_on_the_wire() throws Exception {
        Event event = SampleEvents.rejected();
        JsonNode wire = PLAIN.readTree(EventJson.encode(event));

        assertThat(EventJson.decodeEvent(EventJson.encode(event))).isEqualTo(event);
        assertThat(wire.has("subject")).isFalse();
        assertThat(wire.has("warnings")).isFalse();
        assertThat(wire.get("reason").asText()).isEqualTo("BIRTH_MISMATCH");
    }

    @Test
    void a_subject_without_sex_or_phone_leaves_them_out() throws Exception {
        Identity bare = new Identity(DocumentType.PASSPORT, "B1234567", "NGUYEN VAN AN", LocalDate.of(2001, 1, 2),
                null, null);
        Event event = Event.accepted(ACCEPTED_ID, SampleEvents.GATE, "v", 1, SampleEvents.AT, true, Direction.OUT,
                Kind.PCCOVID, bare, ScanSource.STDIN, List.of());
        JsonNode subject = PLAIN.readTree(EventJson.encode(event)).get("subject");

        assertThat(subject.has("sex")).isFalse();
        assertThat(subject.has("phone")).isFalse();
        assertThat(EventJson.decodeEvent(EventJson.encode(event))).isEqualTo(event);
    }

    @Test
    void the_offset_of_scanned_at_is_kept_as_it_was_sent() {
        for (String at : List.of("2026-11-29T12:00:00+07:00", "2026-11-29T05:00:00Z", "2026-11-29T05:00:00.123456789-03:30")) {
            Event event = Event.rejected(REJECTED_ID, SampleEvents.GATE, "v", 1, OffsetDateTime.parse(at), false,
                    Direction.IN, Kind.UNKNOWN, Reason.UNSUPPORTED, ScanSource.HID);

            assertThat(EventJson.encodeToString(event)).contains("\"scannedAt\":\"" + at + "\"");
            assertThat(EventJson.decodeEvent(EventJson.encode(event)).scannedAt()).isEqualTo(event.scannedAt());
        }
    }

    @Test
    void unknown_fields_are_ignored_so_newer_devices_can_add_some() {
        String newer = EventJson.encodeToString(SampleEvents.accepted())
                .replace("{\"eventId\"", "{\"battery\":87,\"extra\":{\"x\":[1]},\"eventId\"");

        assertThat(EventJson.decodeEvent(newer)).isEqualTo(SampleEvents.accepted());
    }

    @Test
    void explicit_nulls_for_optional_fields_read_as_absent() {
        String withNulls = EventJson.encodeToString(SampleEvents.rejected())
                .replace("\"decision\"", "\"subject\":null,\"warnings\":null,\"decision\"");

        assertThat(EventJson.decodeEvent(withNulls)).isEqualTo(SampleEvents.rejected());
    }

    @Test
    void a_checkin_batch_round_trips() {
        CheckinBatch batch = CheckinBatch.of(SampleEvents.accepted(), SampleEvents.rejected());

        assertThat(EventJson.decodeCheckinBatch(EventJson.encode(batch))).isEqualTo(batch);
        assertThat(EventJson.encodeToString(batch)).startsWith("{\"v\":1,\"device\":\"gate-01\",\"events\":[{");
    }

    @Test
    void an_ack_round_trips_in_the_contract_shape() {
        AckMessage ack = AckMessage.of(ACCEPTED_ID, REJECTED_ID);

        assertThat(EventJson.encodeToString(ack)).isEqualTo("{\"v\":1,\"ids\":[\"" + ACCEPTED_ID + "\",\"" + REJECTED_ID + "\"]}");
        assertThat(EventJson.decodeAck(EventJson.encode(ack))).isEqualTo(ack);
        assertThat(EventJson.decodeAck(EventJson.encodeToString(ack))).isEqualTo(ack);
    }

    @Test
    void an_ingest_request_round_trips_without_a_version_field() {
        IngestRequest request = new IngestRequest(List.of(SampleEvents.accepted(), SampleEvents.rejected()));

        assertThat(EventJson.encodeToString(request)).startsWith("{\"events\":[{");
        assertThat(EventJson.decodeIngestRequest(EventJson.encode(request))).isEqualTo(request);
        assertThat(EventJson.decodeIngestRequest(EventJson.encodeToString(request))).isEqualTo(request);
    }

    @Test
    void an_ingest_response_round_trips_in_the_contract_shape() {
        UUID duplicate = UUID.fromString("01a225ac-a082-7000-8000-000000000001");
        IngestResponse response = new IngestResponse(List.of(ACCEPTED_ID), List.of(duplicate),
                List.of(new IngestResponse.Rejection(REJECTED_ID, "venue not registered")));

        assertThat(EventJson.encodeToString(response)).isEqualTo("{\"accepted\":[\"" + ACCEPTED_ID + "\"],"
                + "\"duplicates\":[\"" + duplicate + "\"],"
                + "\"rejected\":[{\"eventId\":\"" + REJECTED_ID + "\",\"reason\":\"venue not registered\"}]}");
        assertThat(EventJson.decodeIngestResponse(EventJson.encode(response))).isEqualTo(response);
        assertThat(EventJson.decodeIngestResponse(EventJson.encodeToString(response))).isEqualTo(response);
    }

    @Test
    void an_empty_ingest_response_round_trips() {
        IngestResponse empty = new IngestResponse(List.of(), List.of(), List.of());

        assertThat(EventJson.encodeToString(empty)).isEqualTo("{\"accepted\":[],\"duplicates\":[],\"rejected\":[]}");
        assertThat(EventJson.decodeIngestResponse(EventJson.encode(empty))).isEqualTo(empty);
    }

    @Test
    void bytes_are_utf8_and_strings_with_quotes_and_controls_are_escaped() {
        Identity tricky = new Identity(DocumentType.PASSPORT, "C\"1\\2", "ĐẶNG \"Q\"\tÁ\u0001",
                LocalDate.of(1950, 12, 31), Sex.MALE, "+84 912");
        Event event = Event.accepted(ACCEPTED_ID, SampleEvents.GATE, "Bến xe Mỹ Đình", 7, SampleEvents.AT, true,
                Direction.IN, Kind.PCCOVID, tricky, ScanSource.HID, List.of());
        byte[] bytes = EventJson.encode(event);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Bến xe Mỹ Đình").contains("\\\"Q\\\"\\t");
        assertThat(EventJson.decodeEvent(bytes)).isEqualTo(event);
    }
}
