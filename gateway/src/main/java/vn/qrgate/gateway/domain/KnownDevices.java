package vn.qrgate.gateway.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Event;

/**
 * The devices this gateway accepts and the venue each one is installed at. Judges a decoded batch: the
 * batch must be for the device of its topic, the device must be known, and every event must name the
 * device's venue. Anything else is refused whole, so the device keeps the events in its outbox.
 */
public final class KnownDevices {

    private final Map<DeviceId, String> venues;

    public KnownDevices(Map<DeviceId, String> venues) {
        this.venues = Collections.unmodifiableMap(new LinkedHashMap<>(venues));
    }

    public Optional<String> venueOf(DeviceId device) {
        return Optional.ofNullable(venues.get(device));
    }

    public boolean contains(DeviceId device) {
        return venues.containsKey(device);
    }

    public int size() {
        return venues.size();
    }

    public BatchVerdict judge(DeviceId topicDevice, CheckinBatch batch) {
        int count = batch.events().size();
        if (!batch.device().equals(topicDevice)) {
            return new BatchVerdict.Refuse(RefusalReason.TOPIC_MISMATCH, count, "batch for device " + batch.device()
                    + " arrived on the topic of device " + topicDevice);
        }
        String venue = venues.get(topicDevice);
        if (venue == null) {
            return new BatchVerdict.Refuse(RefusalReason.UNKNOWN_DEVICE, count, "device " + topicDevice
                    + " is not in this gateway's devices list; its " + count + " events stay in its outbox until it "
                    + "is added");
        }
        for (int i = 0; i < count; i++) {
            Event event = batch.events().get(i);
            if (!event.venue().equals(venue)) {
                return new BatchVerdict.Refuse(RefusalReason.WRONG_VENUE, count, "device " + topicDevice + " event "
                        + event.eventId() + " (events[" + i + "]) names another venue than " + venue
                        + ", where the device is registered");
            }
        }
        return new BatchVerdict.Accept(batch);
    }
}
