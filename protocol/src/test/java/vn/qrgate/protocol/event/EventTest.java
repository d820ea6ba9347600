package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.qrgate.protocol.event.SampleEvents.ACCEPTED_ID;
import static vn.qrgate.protocol.event.SampleEvents.DOCUMENT_NUMBER;
import static vn.qrgate.protocol.event.SampleEvents.NAME;
import static vn.qrgate.protocol.event.SampleEvents.PHONE;
import static vn.qrgate.protocol.event.SampleEvents.VENUE;
import static vn.qrgate.protocol.event.SampleEvents.event;
import static vn.qrgate.protocol.event.SampleEvents.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;

class EventTest {

    @Test
    void an_accepted_event_carries_its_subject_and_no_reason() {
        Event event = SampleEvents.accepted();

        assertThat(event.isAccepted()).isTrue();
        assertThat(event.subject()).isEqualTo(person());
        assertThat(event.reason()).isNull();
    }

    @Test
    void a_rejected_event_carries_its_reason_and_no_subject() {
        Event event = SampleEvents.rejected();

        assertThat(event.isAccepted()).isFalse();
        assertThat(event.subject()).isNull();
        assertThat(event.reason()).isEqualTo(Reason.BIRTH_MISMATCH);
        assertThat(event.warnings()).isEmpty();
    }

    @Test
    void an_accepted_event_without_a_subject_is_refused() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, null, Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .hasMessage("subject is required when decision is ACCEPTED");
    }

    @Test
    void an_accepted_event_with_a_reason_is_refused() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, Reason.EXPIRED, Kind.CCCD, List.of()))
                .hasMessage("reason must be absent when decision is ACCEPTED");
    }

    @Test
    void an_accepted_event_of_unknown_kind_is_refused() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.UNKNOWN, List.of()))
                .hasMessage("kind must not be UNKNOWN when decision is ACCEPTED");
    }

    @Test
    void a_rejected_event_with_a_subject_is_refused_without_repeating_the_subject() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.REJECTED, Reason.REVOKED, Kind.QG1, List.of()))
                .hasMessage("subject must be absent when decision is REJECTED");
    }

    @Test
    void a_rejected_event_without_a_reason_is_refused() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, null, Decision.REJECTED, null, Kind.UNKNOWN, List.of()))
                .hasMessage("reason is required when decision is REJECTED");
    }

    @Test
    void an_event_id_that_is_not_version_7_is_refused() {
        UUID v4 = UUID.fromString("3b241101-e2bb-4255-8caf-4136c566a962");
        assertInvalid(() -> event(v4, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .hasMessageStartingWith("eventId must be a UUID version 7");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void seq_below_one_is_refused(long seq) {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, seq, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .hasMessage("seq must be >= 1, was " + seq);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "venue\n1", "venue\u00851", "tab\there"})
    void a_blank_venue_or_one_with_control_characters_is_refused(String venue) {
        assertInvalid(() -> event(ACCEPTED_ID, venue, 1, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .hasMessageStartingWith("venue must be 1..64 characters");
    }

    @Test
    void a_venue_may_have_64_characters_counted_as_letters_not_bytes() {
        String vietnamese = "Chợ Bến Thành ".repeat(5).substring(0, 64);
        Event event = event(ACCEPTED_ID, vietnamese, 1, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of());

        assertThat(event.venue()).hasSize(64);
        assertInvalid(() -> event(ACCEPTED_ID, vietnamese + "x", 1, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .hasMessageStartingWith("venue");
    }

    @Test
    void every_required_field_is_named_when_missing() {
        Event s = SampleEvents.accepted();
        assertInvalid(() -> new Event(null, s.device(), s.venue(), 1, s.scannedAt(), true, s.direction(), s.kind(),
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("eventId is required");
        assertInvalid(() -> new Event(s.eventId(), null, s.venue(), 1, s.scannedAt(), true, s.direction(), s.kind(),
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("device is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), null, 1, s.scannedAt(), true, s.direction(), s.kind(),
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("venue is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), s.venue(), 1, null, true, s.direction(), s.kind(),
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("scannedAt is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), s.venue(), 1, s.scannedAt(), true, null, s.kind(),
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("direction is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), s.venue(), 1, s.scannedAt(), true, s.direction(), null,
                s.subject(), s.decision(), null, s.source(), List.of())).hasMessage("kind is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), s.venue(), 1, s.scannedAt(), true, s.direction(), s.kind(),
                s.subject(), null, null, s.source(), List.of())).hasMessage("decision is required");
        assertInvalid(() -> new Event(s.eventId(), s.device(), s.venue(), 1, s.scannedAt(), true, s.direction(), s.kind(),
                s.subject(), s.decision(), null, null, List.of())).hasMessage("source is required");
    }

    @Test
    void warnings_default_to_none_and_come_out_in_a_fixed_order_without_repeats() {
        assertThat(event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.BHYT, null).warnings())
                .isEmpty();
        List<Warning> messy = Arrays.asList(Warning.TRUST_LIST_STALE, Warning.CARD_EXPIRED, Warning.TRUST_LIST_STALE);
        assertThat(event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.BHYT, messy).warnings())
                .containsExactly(Warning.CARD_EXPIRED, Warning.TRUST_LIST_STALE);
    }

    @Test
    void a_null_warning_is_refused() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.BHYT,
                Arrays.asList(Warning.CARD_EXPIRED, null))).hasMessage("warnings must not contain null");
    }

    @Test
    void the_warnings_cannot_be_changed_through_the_list_passed_in_or_returned() {
        List<Warning> mine = new ArrayList<>(List.of(Warning.CARD_EXPIRED));
        Event event = event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.BHYT, mine);
        mine.add(Warning.TRUST_LIST_STALE);

        assertThat(event.warnings()).containsExactly(Warning.CARD_EXPIRED);
        assertThatThrownBy(() -> event.warnings().add(Warning.TRUST_LIST_STALE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_validation_message_contains_personal_data() {
        List<ThrowingCallable> violations = List.of(
                () -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, Reason.EXPIRED, Kind.CCCD, List.of()),
                () -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.REJECTED, Reason.EXPIRED, Kind.CCCD, List.of()),
                () -> event(ACCEPTED_ID, VENUE, 0, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()),
                () -> event(ACCEPTED_ID, "", 1, person(), Decision.ACCEPTED, null, Kind.CCCD, List.of()),
                () -> event(ACCEPTED_ID, VENUE, 1, person(), Decision.ACCEPTED, null, Kind.UNKNOWN, List.of()));
        for (ThrowingCallable violation : violations) {
            assertInvalid(violation).satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain(DOCUMENT_NUMBER).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("1990"));
        }
    }

    @Test
    void printing_an_event_hides_the_subject() {
        assertThat(SampleEvents.accepted().toString())
                .contains(ACCEPTED_ID.toString(), "CCCD (hidden)", "serial")
                .doesNotContain(DOCUMENT_NUMBER).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("1990");
    }

    @Test
    void the_exception_names_its_field_and_rule_separately() {
        assertInvalid(() -> event(ACCEPTED_ID, VENUE, 1, null, Decision.ACCEPTED, null, Kind.CCCD, List.of()))
                .satisfies(e -> {
                    InvalidEventException invalid = (InvalidEventException) e;
                    assertThat(invalid.field()).isEqualTo("subject");
                    assertThat(invalid.rule()).isEqualTo("is required when decision is ACCEPTED");
                });
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertInvalid(ThrowingCallable callable) {
        return assertThatThrownBy(callable).isInstanceOf(InvalidEventException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }
}
