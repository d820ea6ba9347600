package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AckMessageTest {

    @Test
    void an_ack_lists_the_event_ids_in_the_order_given() {
        assertThat(AckMessage.of(SampleEvents.ACCEPTED_ID, SampleEvents.REJECTED_ID).ids())
                .containsExactly(SampleEvents.ACCEPTED_ID, SampleEvents.REJECTED_ID);
    }

    @Test
    void an_ack_of_nothing_is_refused() {
        assertThatThrownBy(() -> new AckMessage(List.of()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("ids must not be empty");
    }

    @Test
    void a_null_id_is_refused_by_position() {
        assertThatThrownBy(() -> new AckMessage(Arrays.asList(SampleEvents.ACCEPTED_ID, null)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("ids[1] must not be null");
    }
}
