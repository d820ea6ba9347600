package vn.qrgate.registry.domain.venue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of venue in the provincial plan's list, plus checkpoints. The wire name is what the API,
 * the database and forms carry (stable, ASCII); the label is what a person reads on a form or poster.
 */
public enum VenueType {

    OFFICE("office", "Cơ quan, công sở, văn phòng"),
    INDUSTRIAL_PARK("industrial-park", "Khu công nghiệp, nhà máy, xí nghiệp"),
    RESTAURANT("restaurant", "Nhà hàng, quán ăn"),
    BAR("bar", "Quán bar, vũ trường"),
    KARAOKE("karaoke", "Cơ sở karaoke"),
    MASSAGE("massage", "Cơ sở massage, xông hơi"),
    GYM("gym", "Phòng tập thể dục, thể thao"),
    MEETING("meeting", "Hội nghị, hội thảo, cuộc họp"),
    HOSPITAL("hospital", "Bệnh viện, phòng khám"),
    APARTMENT_BUILDING("apartment-building", "Chung cư, tòa nhà"),
    SCHOOL("school", "Trường học"),
    STATION("station", "Nhà ga, bến xe, bến tàu, sân bay"),
    BUS("bus", "Xe buýt, phương tiện giao thông công cộng"),
    MALL("mall", "Trung tâm thương mại, siêu thị"),
    MARKET("market", "Chợ"),
    ESSENTIAL_SHOP("essential-shop", "Cửa hàng thiết yếu"),
    FUNERAL("funeral", "Đám tang"),
    WEDDING("wedding", "Đám cưới"),
    TOURIST_SITE("tourist-site", "Khu, điểm du lịch"),
    RELIGIOUS_SITE("religious-site", "Cơ sở tôn giáo, tín ngưỡng"),
    /** Not in the plan's list; DESIGN §1 names checkpoints beside hospitals as the authorised venues of §7. */
    CHECKPOINT("checkpoint", "Chốt kiểm soát");

    private final String wireName;
    private final String label;

    VenueType(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    /** The Vietnamese name of the type, NFC. */
    public String label() {
        return label;
    }

    /**
     * Whether staff of a venue of this type may be given the full view (DESIGN §7). Being of such a type
     * makes a venue eligible only: the grant itself, and the audit of each view, are the access layer's.
     */
    public boolean fullViewAllowed() {
        return this == HOSPITAL || this == CHECKPOINT;
    }

    public static Optional<VenueType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    /** The type named {@code wireName}, or an error listing every allowed name. */
    public static VenueType parse(String wireName) {
        return fromWireName(wireName).orElseThrow(() -> new InvalidVenueException("type",
                (wireName == null ? "is missing" : "'" + wireName + "' is not a venue type") + "; allowed: " + allowed()));
    }

    static String allowed() {
        return Arrays.stream(values()).map(VenueType::wireName).collect(Collectors.joining(", "));
    }
}
