package vn.qrgate.registry.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

/**
 * Synthetic people scanning IN and OUT at a gate, for the tracing tests: the shared code vectors make
 * only IN scans, tracing needs both directions. One instance is one device with its own seq.
 */
public final class TracePeople {

    public static final ZoneOffset HANOI = ZoneOffset.ofHours(7);
    public static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 11, 20, 8, 0, 0, 0, HANOI);

    public static final Identity AN = person("001090000001", "Nguyễn Văn An", null);
    public static final Identity BINH = person("001090000002", "Trần Thị Bình", "0912345678");
    public static final Identity CUONG = person("001090000003", "Lê, \"Cường\"", null);
    public static final List<Identity> EVERYONE = List.of(AN, BINH, CUONG);

    private final DeviceId device;
    private final EventIds ids = new EventIds(Clock.systemUTC());
    private long seq;

    public TracePeople(String device) {
        this.device = DeviceId.of(device);
    }

    public static Identity person(String number, String name, String phone) {
        return new Identity(DocumentType.CCCD, number, name, LocalDate.of(1990, 1, 1), Sex.MALE, phone);
    }

    public Event in(Identity who, String venue, OffsetDateTime at) {
        return scan(who, venue, at, Direction.IN);
    }

    public Event out(Identity who, String venue, OffsetDateTime at) {
        return scan(who, venue, at, Direction.OUT);
    }

    public Event scan(Identity who, String venue, OffsetDateTime at, Direction direction) {
        return Event.accepted(ids.next(), device, venue, ++seq, at, true, direction, Kind.CCCD, who, ScanSource.SERIAL,
                List.of());
    }

    public Event rejectedIn(String venue, OffsetDateTime at) {
        return Event.rejected(ids.next(), device, venue, ++seq, at, true, Direction.IN, Kind.CCCD, Reason.EXPIRED,
                ScanSource.SERIAL);
    }
}
