package vn.qrgate.protocol.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;

class CheckinBatchTest {

    @Test
    void a_batch_holds_one_or_more_events_of_its_own_device() {
        CheckinBatch batch = CheckinBatch.of(SampleEvents.accepted(), SampleEvents.rejected());

        assertThat(batch.device()).isEqualTo(SampleEvents.GATE);
        assertThat(batch.events()).containsExactly(SampleEvents.accepted(), SampleEvents.rejected());
    }

    @Test
    void an_empty_batch_is_refused() {
        assertThatThrownBy(() -> new CheckinBatch(SampleEvents.GATE, List.of()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("events must not be empty");
    }

    @Test
    void a_batch_without_a_device_is_refused() {
        assertThatThrownBy(() -> new CheckinBatch(null, List.of(SampleEvents.accepted())))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("device is required");
    }

    @Test
    void a_batch_with_another_devices_event_is_refused_and_the_event_is_named() {
        Event foreign = Event.rejected(SampleEvents.REJECTED_ID, new DeviceId("bus-29b-001"), "bus-29b", 1,
                SampleEvents.AT, true, Direction.IN, Kind.UNKNOWN, Reason.UNSUPPORTED, ScanSource.HID);

        assertThatThrownBy(() -> new CheckinBatch(SampleEvents.GATE, List.of(SampleEvents.accepted(), foreign)))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("events[1].device must equal the batch device gate-01");
    }

    @Test
    void a_batch_keeps_its_own_copy_of_the_events() {
        List<Event> mine = new ArrayList<>(List.of(SampleEvents.accepted()));
        CheckinBatch batch = new CheckinBatch(SampleEvents.GATE, mine);
        mine.clear();

        assertThat(batch.events()).hasSize(1);
    }
}
