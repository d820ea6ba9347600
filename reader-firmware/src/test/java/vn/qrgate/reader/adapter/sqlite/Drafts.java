package vn.qrgate.reader.adapter.sqlite;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;
import vn.qrgate.reader.domain.EventDraft;

/** Check-in drafts about one synthetic person (not a real ID number), with fresh UUIDv7 ids. */
final class Drafts {

    static final DeviceId DEVICE = new DeviceId("gate-test-01");
    static final String VENUE = "venue-hn-0042";
    static final String DOCUMENT_NUMBER = "001190099999";
    static final String NAME = "NGUYỄN VĂN THỬ";
    static final String PHONE = "0912000099";
    static final OffsetDateTime SCANNED_AT = OffsetDateTime.parse("2026-11-29T12:00:00+07:00");

    private final EventIds ids = new EventIds(Clock.systemUTC());

    static Identity person() {
        return new Identity(DocumentType.CCCD, DOCUMENT_NUMBER, NAME, LocalDate.of(1990, 5, 17), Sex.MALE, PHONE);
    }

    EventDraft accepted() {
        return new EventDraft(ids.next(), DEVICE, VENUE, SCANNED_AT, true, Direction.IN, Kind.CCCD, person(),
                Decision.ACCEPTED, null, ScanSource.SERIAL, List.of(Warning.TRUST_LIST_STALE));
    }

    EventDraft rejected() {
        return new EventDraft(ids.next(), DEVICE, VENUE, SCANNED_AT.plusMinutes(1), false, Direction.OUT, Kind.UNKNOWN,
                null, Decision.REJECTED, Reason.MALFORMED, ScanSource.HID, List.of());
    }
}
