package vn.qrgate.registry.domain.selfcheckin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;

/**
 * What a person typed into a venue's self check-in form, already checked ({@link SelfCheckinForm}).
 * Becomes a check-in like a scanned one: accepted, kind {@link Kind#SELF_DECLARED}, from the venue's
 * web form "device", with no birth date since the form does not ask for one.
 */
public record SelfDeclaration(String name, String phone, DocumentType documentType, String documentNumber,
        Direction direction) {

    /** Device ids of web forms: {@code web-} and the venue id, lower case, in {@link DeviceId}'s alphabet. */
    static final String DEVICE_PREFIX = "web-";

    public SelfDeclaration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(direction, "direction");
    }

    public Event toEvent(UUID eventId, String venue, long seq, OffsetDateTime scannedAt) {
        Identity person = new Identity(documentType, documentNumber, name, null, null, phone);
        return Event.accepted(eventId, formDevice(venue), venue, seq, scannedAt, true, direction, Kind.SELF_DECLARED,
                person, ScanSource.WEB, List.of());
    }

    /**
     * The "device" a venue's web form stands for, e.g. {@code web-v48-000001}. Venue ids allow capitals,
     * dots and underscores, device ids do not; two ids differing only there share a form device, which
     * only labels where a check-in came from (the venue is its own field).
     */
    public static DeviceId formDevice(String venue) {
        String lower = venue.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        String id = DEVICE_PREFIX + lower;
        return DeviceId.of(id.length() > 64 ? id.substring(0, 64) : id);
    }

    /** Personal fields stay out of anything that might be logged (DESIGN §7). */
    @Override
    public String toString() {
        return "SelfDeclaration[" + documentType + ", " + direction + ", personal fields hidden]";
    }
}
