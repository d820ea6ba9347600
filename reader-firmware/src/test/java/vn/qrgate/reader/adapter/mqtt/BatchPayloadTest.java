package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.json.EventJson;
import vn.qrgate.reader.domain.StoredEvent;
import vn.qrgate.reader.testing.Checkins;

class BatchPayloadTest {

    private static final DeviceId SELF = DeviceId.of("kiosk-1");

    private static List<Event> events(DeviceId device, int n, long firstSeq) {
        Checkins checkins = new Checkins(device);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(checkins.next().withSeq(firstSeq + i));
        }
        return events;
    }

    private static List<StoredEvent> stored(List<Event> events) {
        return events.stream().map(e -> new StoredEvent(e.eventId(), e.seq(), EventJson.encode(e))).toList();
    }

    @Test
    void theMessageIsByteForByteWhatTheCodecWritesForTheBatch() {
        List<Event> events = events(SELF, 3, 1);

        List<BatchPayload.Part> parts = BatchPayload.build(SELF, stored(events));

        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).payload()).isEqualTo(EventJson.encode(new CheckinBatch(SELF, events)));
        assertThat(EventJson.decodeCheckinBatch(parts.get(0).payload()).events()).isEqualTo(events);
        assertThat(parts.get(0).eventIds()).containsExactlyElementsOf(events.stream().map(Event::eventId).toList());
    }

    @Test
    void rowsOfAnotherDeviceIdGoInAMessageOfTheirOwn() {
        DeviceId before = DeviceId.of("kiosk-1-old");
        List<Event> old = events(before, 2, 1);
        List<Event> mine = events(SELF, 2, 3);
        List<Event> all = new ArrayList<>(old);
        all.addAll(mine);

        List<BatchPayload.Part> parts = BatchPayload.build(SELF, stored(all));

        assertThat(parts).extracting(BatchPayload.Part::device).containsExactly(before, SELF);
        assertThat(EventJson.decodeCheckinBatch(parts.get(0).payload())).isEqualTo(new CheckinBatch(before, old));
        assertThat(EventJson.decodeCheckinBatch(parts.get(1).payload())).isEqualTo(new CheckinBatch(SELF, mine));
    }

    @Test
    void aDeviceIdThatIsAPrefixOfAnotherIsNotMistakenForIt() {
        DeviceId longer = DeviceId.of("kiosk-10");
        List<Event> events = events(longer, 1, 1);

        List<BatchPayload.Part> parts = BatchPayload.build(SELF, stored(events));

        assertThat(parts).extracting(BatchPayload.Part::device).containsExactly(longer);
    }
}
