package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestResponseTest {

    @Test
    void a_response_sorts_each_event_into_accepted_duplicates_or_rejected() {
        IngestResponse response = new IngestResponse(List.of(SampleEvents.ACCEPTED_ID), List.of(),
                List.of(new IngestResponse.Rejection(SampleEvents.REJECTED_ID, "unknown venue")));

        assertThat(response.accepted()).containsExactly(SampleEvents.ACCEPTED_ID);
        assertThat(response.duplicates()).isEmpty();
        assertThat(response.rejected()).extracting(IngestResponse.Rejection::reason).containsExactly("unknown venue");
    }

    @Test
    void each_list_is_required_even_when_empty() {
        assertThatThrownBy(() -> new IngestResponse(List.of(), null, List.of()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("duplicates is required");
    }

    @Test
    void a_rejection_needs_an_event_id_and_a_reason() {
        assertThatThrownBy(() -> new IngestResponse.Rejection(null, "unknown venue"))
                .hasMessage("eventId is required");
        assertThatThrownBy(() -> new IngestResponse.Rejection(SampleEvents.REJECTED_ID, " "))
                .hasMessage("reason must not be blank");
    }
}
