package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IngestRequestTest {

    @Test
    void a_request_may_carry_events_of_several_devices_or_none() {
        assertThat(new IngestRequest(List.of(SampleEvents.accepted(), SampleEvents.rejected())).events()).hasSize(2);
        assertThat(new IngestRequest(List.of()).events()).isEmpty();
    }

    @Test
    void a_request_without_an_event_list_is_refused() {
        assertThatThrownBy(() -> new IngestRequest(null))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("events is required");
    }
}
