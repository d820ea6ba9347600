package vn.qrgate.gateway.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.Identity;

/**
 * Realistic check-ins of one test device: UUIDv7 ids, increasing seq, a synthetic person from the shared
 * code vectors (accepted scans) and every fifth scan rejected, as a reader would make them.
 */
public final class TestEvents {

    private static final Identity PERSON = person();

    private final DeviceId device;
    private final String venue;
    private final EventIds ids = new EventIds(Clock.systemUTC());
    private long seq;

    private TestEvents(DeviceId device, String venue) {
        this.device = device;
        this.venue = venue;
    }

    public static TestEvents of(String device, String venue) {
        return new TestEvents(DeviceId.of(device), venue);
    }

    public DeviceId device() {
        return device;
    }

    public String venue() {
        return venue;
    }

    public synchronized Event next() {
        seq++;
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.ofHours(7));
        if (seq % 5 == 0) {
            return Event.rejected(ids.next(), device, venue, seq, at, true, Direction.IN, Kind.CCCD,
                    Reason.BIRTH_MISMATCH, ScanSource.SERIAL);
        }
        return Event.accepted(ids.next(), device, venue, seq, at, true, seq % 2 == 0 ? Direction.OUT : Direction.IN,
                Kind.CCCD, PERSON, ScanSource.SERIAL, List.of());
    }

    public List<Event> next(int count) {
        List<Event> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    public CheckinBatch batch(int count) {
        return new CheckinBatch(device, next(count));
    }

    /** An event of this device that names another venue. */
    public Event atVenue(String otherVenue) {
        seq++;
        return Event.accepted(ids.next(), device, otherVenue, seq, OffsetDateTime.now(ZoneOffset.ofHours(7)), true,
                Direction.IN, Kind.CCCD, PERSON, ScanSource.SERIAL, List.of());
    }

    /** The synthetic person's document number: must never show up in a log line. */
    public static String documentNumber() {
        return PERSON.documentNumber();
    }

    public static String name() {
        return PERSON.name();
    }

    private static Identity person() {
        CodeResult result = TestVectors.validator().validate(TestVectors.text("cccd-ok-1"));
        return ((CodeResult.Accepted) result).subject().identity();
    }
}
