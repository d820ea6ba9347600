package vn.qrgate.registry.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.CodeValidator;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;

/**
 * Events as a reader makes them: the shared code vectors judged by the shared validator, fresh
 * UUIDv7 ids, a per-device seq. The vectors' people are synthetic.
 */
public final class TestEvents {

    public static final String VENUE = "v-hanoi-0001";
    public static final String OTHER_VENUE = "v-hcm-0002";
    public static final String UNKNOWN_VENUE = "v-nowhere-9999";
    /** The scan time of the vectors. */
    public static final OffsetDateTime AT = TestVectors.AT.atOffset(java.time.ZoneOffset.ofHours(7));

    /** cccd-ok-1: the person the privacy assertions look for. */
    public static final String PERSON_VECTOR = "cccd-ok-1";
    public static final String PERSON_NUMBER = "058190001234";
    public static final List<String> PERSON_FULL_FORMS = List.of("058190001234", "Trần Thị Bình", "TRẦN THỊ BÌNH",
            "Trần", "1990-07-05", "05071990", "05/07/1990");
    public static final String PERSON_MASKED_NUMBER = "******001234";
    public static final String PERSON_MASKED_NAME = "T. T. BÌNH";
    public static final String PERSON_MASKED_BIRTH = "**/**/1990";

    private static final CodeValidator VALIDATOR = TestVectors.validator();
    // Judging a vector reads codes.tsv; a test that makes thousands of events judges each vector once.
    private static final Map<String, CodeResult> JUDGED = new ConcurrentHashMap<>();

    private final DeviceId device;
    private final EventIds ids = new EventIds(Clock.systemUTC());
    private long seq;

    public TestEvents(String device) {
        this.device = DeviceId.of(device);
    }

    /** The vector's code scanned at {@code venue} at {@code at}: accepted or rejected as the validator says. */
    public Event scan(String vectorId, String venue, OffsetDateTime at) {
        CodeResult result = JUDGED.computeIfAbsent(vectorId, id -> VALIDATOR.validate(TestVectors.row(id).input()));
        seq++;
        if (result instanceof CodeResult.Accepted accepted) {
            return Event.accepted(ids.next(), device, venue, seq, at, true, Direction.IN, accepted.kind(),
                    accepted.subject().identity(), ScanSource.SERIAL, List.copyOf(accepted.warnings()));
        }
        CodeResult.Rejected rejected = (CodeResult.Rejected) result;
        return Event.rejected(ids.next(), device, venue, seq, at, true, Direction.OUT, rejected.kind(),
                rejected.reason(), ScanSource.SERIAL);
    }

    public Event person(String venue, OffsetDateTime at) {
        return scan(PERSON_VECTOR, venue, at);
    }

    /** {@code count} accepted scans of the vectors' people, a second apart from {@code from}. */
    public List<Event> batch(String venue, OffsetDateTime from, int count) {
        List<String> accepted = TestVectors.rows().stream().filter(r -> r.decision().equals("ACCEPTED"))
                .map(TestVectors.Row::id).toList();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(scan(accepted.get(i % accepted.size()), venue, from.plusSeconds(i)));
        }
        return events;
    }
}
