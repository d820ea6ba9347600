package vn.qrgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.qrgate.protocol.event.SampleEvents.DOCUMENT_NUMBER;
import static vn.qrgate.protocol.event.SampleEvents.NAME;
import static vn.qrgate.protocol.event.SampleEvents.PHONE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.InvalidEventException;
import vn.qrgate.protocol.event.SampleEvents;

/** Decoding failures: each names its JSON path and never repeats what the subject holds. */
class EventJsonErrorsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void a_bad_seq_is_reported_at_its_path_in_the_batch() {
        assertThat(batchError(b -> event(b, 3).put("seq", 0)))
                .hasMessage("events[3].seq must be >= 1, was 0");
        assertThat(batchError(b -> event(b, 3).put("seq", "5")))
                .hasMessage("events[3].seq must be an integer >= 1, was a string");
        assertThat(batchError(b -> event(b, 3).put("seq", 1.5)))
                .hasMessage("events[3].seq must be an integer >= 1, was 1.5");
        assertThat(batchError(b -> event(b, 3).remove("seq")))
                .hasMessage("events[3].seq is required")
                .satisfies(e -> assertThat(e.path()).isEqualTo("events[3].seq"));
    }

    @Test
    void only_version_1_is_understood() {
        assertThat(batchError(b -> b.put("v", 2))).hasMessageStartingWith("v must be 1").hasMessageEndingWith("was 2");
        assertThat(batchError(b -> b.put("v", "1"))).hasMessage("v must be the number 1, was a string");
        assertThat(batchError(b -> b.remove("v"))).hasMessage("v is required");
        assertThat(error(() -> EventJson.decodeAck("{\"v\":0,\"ids\":[\"" + SampleEvents.ACCEPTED_ID + "\"]}")))
                .hasMessageStartingWith("v must be 1");
    }

    @Test
    void enum_fields_list_what_is_allowed() {
        assertThat(batchError(b -> event(b, 1).put("kind", "QR")))
                .hasMessage("events[1].kind must be one of CCCD, PCCOVID, BHYT, QG1, SELF_DECLARED, UNKNOWN");
        assertThat(batchError(b -> event(b, 1).put("source", "SERIAL")))
                .hasMessage("events[1].source must be one of serial, hid, camera, stdin");
        assertThat(batchError(b -> event(b, 0).putArray("warnings").add("LOW_BATTERY")))
                .hasMessage("events[0].warnings[0] must be one of CARD_EXPIRED, TRUST_LIST_STALE");
    }

    @Test
    void event_ids_must_be_canonical_uuids_of_version_7() {
        String v4 = "3b241101-e2bb-4255-8caf-4136c566a962";
        assertThat(batchError(b -> event(b, 2).put("eventId", v4)))
                .hasMessageStartingWith("events[2].eventId must be a UUID version 7").hasMessageContaining(v4);
        assertThat(batchError(b -> event(b, 2).put("eventId", "1-1-1-1-1")))
                .hasMessageStartingWith("events[2].eventId must be a UUID in the form");
    }

    @Test
    void the_batch_device_and_each_event_device_must_agree() {
        assertThat(batchError(b -> event(b, 1).put("device", "bus-29b-001")))
                .hasMessage("events[1].device must equal the batch device gate-01");
        assertThat(batchError(b -> b.put("device", "Gate 01")))
                .hasMessage("device must be a device id matching [a-z0-9][a-z0-9-]{2,63}");
        assertThat(batchError(b -> b.putArray("events"))).hasMessage("events must contain at least one event");
    }

    @Test
    void the_decision_rules_are_reported_with_the_event_path() {
        assertThat(batchError(b -> event(b, 0).remove("subject")))
                .hasMessage("events[0].subject is required when decision is ACCEPTED")
                .satisfies(e -> assertThat(e.getCause()).isInstanceOf(InvalidEventException.class));
        assertThat(batchError(b -> event(b, 0).put("decision", "REJECTED").put("reason", "REVOKED")))
                .hasMessage("events[0].subject must be absent when decision is REJECTED");
    }

    @Test
    void subject_errors_name_the_field_but_never_its_value() {
        List<EventCodecException> errors = new ArrayList<>();
        errors.add(batchError(b -> subject(b).put("documentNumber", 1190012345L)));
        errors.add(batchError(b -> subject(b).put("birthDate", DOCUMENT_NUMBER)));
        errors.add(batchError(b -> subject(b).put("birthDate", "1990-02-30")));
        errors.add(batchError(b -> subject(b).put("birthDate", "17/05/1990")));
        errors.add(batchError(b -> subject(b).put("sex", NAME)));
        errors.add(batchError(b -> subject(b).put("documentType", DOCUMENT_NUMBER)));
        errors.add(batchError(b -> subject(b).put("name", " ")));
        errors.add(batchError(b -> subject(b).put("phone", 912345600)));
        errors.add(batchError(b -> event(b, 0).put("subject", NAME)));

        assertThat(errors).extracting(EventCodecException::getMessage).containsExactly(
                "events[0].subject.documentNumber must be a string, was a number",
                "events[0].subject.birthDate must be a real date in the form YYYY-MM-DD",
                "events[0].subject.birthDate must be a real date in the form YYYY-MM-DD",
                "events[0].subject.birthDate must be a real date in the form YYYY-MM-DD",
                "events[0].subject.sex must be one of MALE, FEMALE",
                "events[0].subject.documentType must be one of CCCD, CMND, PASSPORT, BHYT",
                "events[0].subject.name must not be blank",
                "events[0].subject.phone must be a string, was a number",
                "events[0].subject must be a JSON object, was a string");
        errors.forEach(EventJsonErrorsTest::assertNoPersonalData);
    }

    @Test
    void personal_data_put_in_the_wrong_field_is_not_repeated_either() {
        List<Consumer<ObjectNode>> misplacements = List.of(
                b -> event(b, 0).put("kind", NAME),
                b -> event(b, 0).put("direction", DOCUMENT_NUMBER),
                b -> event(b, 0).put("source", PHONE),
                b -> event(b, 0).put("eventId", DOCUMENT_NUMBER),
                b -> event(b, 0).put("device", DOCUMENT_NUMBER),
                b -> event(b, 0).put("scannedAt", NAME),
                b -> event(b, 0).put("venue", NAME.repeat(10)),
                b -> event(b, 0).put("reason", NAME),
                b -> event(b, 0).put("seq", NAME),
                b -> b.put("v", NAME));
        for (Consumer<ObjectNode> misplacement : misplacements) {
            assertNoPersonalData(batchError(misplacement));
        }
    }

    @Test
    void broken_json_is_reported_by_position_without_quoting_the_input() {
        String truncated = "{\"v\":1,\"device\":\"gate-01\",\"events\":[{\"subject\":{\"name\":\"" + NAME + "\",";

        assertThat(error(() -> EventJson.decodeCheckinBatch(truncated)))
                .hasMessageStartingWith("$ is not well-formed JSON (line 1, column")
                .satisfies(EventJsonErrorsTest::assertNoPersonalData);
        assertThat(error(() -> EventJson.decodeEvent("{\"name\":\"" + NAME + "\" \"x\"}")))
                .satisfies(EventJsonErrorsTest::assertNoPersonalData);
    }

    @Test
    void trailing_content_and_repeated_keys_are_not_well_formed() {
        String event = EventJson.encodeToString(SampleEvents.rejected());

        assertThat(error(() -> EventJson.decodeEvent(event + " {}"))).hasMessageStartingWith("$ is not well-formed JSON");
        assertThat(error(() -> EventJson.decodeEvent(event.replace("{\"eventId\"", "{\"seq\":9,\"eventId\""))))
                .hasMessageStartingWith("$ is not well-formed JSON");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = EventJson.encodeToString(SampleEvents.accepted()).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(error(() -> EventJson.decodeEvent(latin1))).hasMessage("$ is not valid UTF-8");
        assertThat(error(() -> EventJson.decodeEvent(EventJson.encodeToString(SampleEvents.accepted())
                .getBytes(StandardCharsets.UTF_16)))).hasMessage("$ is not valid UTF-8");
    }

    @Test
    void a_payload_that_is_not_an_object_is_refused() {
        assertThat(error(() -> EventJson.decodeAck("[]"))).hasMessage("$ must be a JSON object, was an array");
        assertThat(error(() -> EventJson.decodeAck(""))).hasMessage("$ must be a JSON object, was nothing");
        assertThat(error(() -> EventJson.decodeIngestRequest("{\"events\":{}}")))
                .hasMessage("events must be a JSON array, was an object");
    }

    @Test
    void acks_and_ingest_responses_name_their_paths_too() {
        assertThat(error(() -> EventJson.decodeAck("{\"v\":1,\"ids\":[]}")))
                .hasMessage("ids must contain at least one event id");
        assertThat(error(() -> EventJson.decodeAck("{\"v\":1,\"ids\":[\"" + SampleEvents.ACCEPTED_ID + "\",7]}")))
                .hasMessageStartingWith("ids[1] must be a UUID");
        assertThat(error(() -> EventJson.decodeIngestResponse("{\"accepted\":[],\"duplicates\":[],"
                + "\"rejected\":[{\"eventId\":\"" + SampleEvents.REJECTED_ID + "\"}]}")))
                .hasMessage("rejected[0].reason is required");
        assertThat(error(() -> EventJson.decodeIngestResponse("{\"accepted\":[],\"rejected\":[]}")))
                .hasMessage("duplicates is required");
    }

    private static EventCodecException batchError(Consumer<ObjectNode> corruption) {
        ObjectNode batch = readObject(EventJson.encode(fourEventBatch()));
        corruption.accept(batch);
        String json = batch.toString();
        return error(() -> EventJson.decodeCheckinBatch(json));
    }

    private static EventCodecException error(ThrowingCallable decode) {
        EventCodecException e = catchThrowableOfType(EventCodecException.class, decode);
        assertThat(e).as("decoding should have failed").isNotNull();
        // Jackson's messages quote the input, so a Jackson exception must never ride along.
        assertThat(e.getCause()).satisfiesAnyOf(
                cause -> assertThat(cause).isNull(),
                cause -> assertThat(cause).isInstanceOf(InvalidEventException.class));
        return e;
    }

    private static void assertNoPersonalData(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(t.getMessage())
                    .doesNotContain(DOCUMENT_NUMBER).doesNotContain(NAME).doesNotContain(PHONE)
                    .doesNotContain("1190012345").doesNotContain("TRẦN").doesNotContain("1990");
        }
    }

    private static ObjectNode event(ObjectNode batch, int index) {
        return (ObjectNode) ((ArrayNode) batch.get("events")).get(index);
    }

    private static ObjectNode subject(ObjectNode batch) {
        return (ObjectNode) event(batch, 0).get("subject");
    }

    private static ObjectNode readObject(byte[] json) {
        try {
            return (ObjectNode) PLAIN.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // Event 0 is accepted with a subject; 1..3 are rejected, so a path like events[3] is meaningful.
    private static CheckinBatch fourEventBatch() {
        Event accepted = SampleEvents.accepted();
        EventIds ids = new EventIds(Clock.systemUTC());
        List<Event> events = new ArrayList<>(List.of(accepted));
        for (int i = 1; i <= 3; i++) {
            Event r = SampleEvents.rejected();
            UUID id = ids.next();
            events.add(new Event(id, r.device(), r.venue(), r.seq() + i, r.scannedAt(), r.clockSynced(),
                    r.direction(), r.kind(), null, r.decision(), r.reason(), r.source(), r.warnings()));
        }
        return new CheckinBatch(accepted.device(), events);
    }
}
