package vn.qrgate.protocol.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

/** Events about a synthetic person, shared by the event and JSON tests. */
public final class SampleEvents {

    public static final DeviceId GATE = new DeviceId("gate-01");
    public static final String VENUE = "venue-hn-0042";
    public static final String DOCUMENT_NUMBER = "001190012345";
    public static final String NAME = "TRẦN THỊ BÌNH";
    public static final LocalDate BIRTH_DATE = LocalDate.of(1990, 5, 17);
    public static final String PHONE = "0912345600";
    public static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-29T12:00:00+07:00");
    public static final UUID ACCEPTED_ID = UUID.fromString("01a225ac-a080-7123-8456-0123456789ab");
    public static final UUID REJECTED_ID = UUID.fromString("01a225ac-a081-7124-9456-0123456789ac");

    private SampleEvents() {
    }

    public static Identity person() {
        return new Identity(DocumentType.CCCD, DOCUMENT_NUMBER, NAME, BIRTH_DATE, Sex.FEMALE, PHONE);
    }

    public static Event accepted() {
        return Event.accepted(ACCEPTED_ID, GATE, VENUE, 41, AT, true, Direction.IN, Kind.QG1, person(),
                ScanSource.SERIAL, List.of(Warning.TRUST_LIST_STALE));
    }

    public static Event rejected() {
        return Event.rejected(REJECTED_ID, GATE, VENUE, 42, AT, false, Direction.OUT, Kind.CCCD,
                Reason.BIRTH_MISMATCH, ScanSource.CAMERA);
    }

    /** The accepted sample with every component replaceable, for the validation tests. */
    public static Event event(UUID eventId, String venue, long seq, Identity subject, Decision decision,
            Reason reason, Kind kind, List<Warning> warnings) {
        return new Event(eventId, GATE, venue, seq, AT, true, Direction.IN, kind, subject, decision,
                reason, ScanSource.HID, warnings);
    }
}
