package vn.qrgate.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrgate.gateway.testing.TestEvents;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;

class KnownDevicesTest {

    final KnownDevices known = new KnownDevices(Map.of(DeviceId.of("kiosk-0001"), "v-hanoi-0001"));
    final TestEvents kiosk = TestEvents.of("kiosk-0001", "v-hanoi-0001");

    @Test
    void aBatchOfAKnownDeviceAtItsVenueIsAccepted() {
        CheckinBatch batch = kiosk.batch(3);

        assertThat(known.judge(kiosk.device(), batch)).isEqualTo(new BatchVerdict.Accept(batch));
    }

    @Test
    void anUnknownDeviceIsRefusedForAllItsEvents() {
        TestEvents stranger = TestEvents.of("kiosk-0099", "v-hanoi-0001");

        BatchVerdict verdict = known.judge(stranger.device(), stranger.batch(4));

        assertThat(verdict).isInstanceOfSatisfying(BatchVerdict.Refuse.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.UNKNOWN_DEVICE);
            assertThat(r.events()).isEqualTo(4);
            assertThat(r.detail()).contains("kiosk-0099");
        });
    }

    @Test
    void aBatchOnAnotherDevicesTopicIsRefusedBeforeAnythingElse() {
        BatchVerdict verdict = known.judge(DeviceId.of("kiosk-0002"), kiosk.batch(2));

        assertThat(verdict).isInstanceOfSatisfying(BatchVerdict.Refuse.class,
                r -> assertThat(r.reason()).isEqualTo(RefusalReason.TOPIC_MISMATCH));
    }

    @Test
    void oneEventAtAnotherVenueRefusesTheWholeBatchAndNamesOnlyIds() {
        List<Event> events = new ArrayList<>(kiosk.next(2));
        Event stray = kiosk.atVenue("v-saigon-0002");
        events.add(stray);

        BatchVerdict verdict = known.judge(kiosk.device(), new CheckinBatch(kiosk.device(), events));

        assertThat(verdict).isInstanceOfSatisfying(BatchVerdict.Refuse.class, r -> {
            assertThat(r.reason()).isEqualTo(RefusalReason.WRONG_VENUE);
            assertThat(r.events()).isEqualTo(3);
            assertThat(r.detail()).contains(stray.eventId().toString(), "events[2]")
                    .doesNotContain(TestEvents.documentNumber(), TestEvents.name());
        });
    }

    @Test
    void refusalLabelsAreASmallFixedSet() {
        assertThat(List.of(RefusalReason.values())).extracting(RefusalReason::label)
                .containsExactly("malformed", "topic_mismatch", "unknown_device", "wrong_venue");
    }
}
