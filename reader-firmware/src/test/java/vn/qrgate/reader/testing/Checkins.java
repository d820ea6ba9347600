package vn.qrgate.reader.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;
import vn.qrgate.reader.domain.EventDraft;

/** Accepted check-in drafts of one device about a synthetic person (not a real ID number), with fresh UUIDv7 ids. */
public final class Checkins {

    public static final String VENUE = "V58-MQTT";
    public static final OffsetDateTime SCANNED_AT = OffsetDateTime.parse("2026-11-29T12:00:00+07:00");

    private final DeviceId device;
    private final EventIds ids = new EventIds(Clock.systemUTC());

    public Checkins(DeviceId device) {
        this.device = device;
    }

    public static Identity person() {
        return new Identity(DocumentType.CCCD, "001190099999", "NGUYỄN VĂN THỬ", LocalDate.of(1990, 5, 17), Sex.MALE,
                "0912000099");
    }

    public EventDraft next() {
        return new EventDraft(ids.next(), device, VENUE, SCANNED_AT, true, Direction.IN, Kind.CCCD, person(),
                Decision.ACCEPTED, null, ScanSource.SERIAL, List.of());
    }
}
