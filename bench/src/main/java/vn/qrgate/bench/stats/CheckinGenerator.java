package vn.qrgate.bench.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

/**
 * Synthetic check-ins of one day, deterministic for a seed: busy and quiet venues (log-normal weights),
 * rush hours, three in four visitors living in the venue's ward, a few people scanning far more than
 * most, 3 % rejected scans. Times are sorted and ids are UUIDv7 of the scan time, as readers make them.
 */
final class CheckinGenerator {

    static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final double[] HOUR_WEIGHT = {
        0.2, 0.1, 0.1, 0.1, 0.2, 1, 3, 6, 7, 5, 4, 5, 6, 4, 3, 3, 4, 6, 7, 6, 5, 3, 1.5, 0.5};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Hữu", "Thanh"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai",
        "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    private static final Reason[] REJECTIONS = {Reason.EXPIRED, Reason.EXPIRED, Reason.UNSUPPORTED};

    private final List<String> venues;
    private final int[] wardOfVenue;
    private final int wards;
    private final int people;
    private final double[] venueCumulative;
    private final double[] hourCumulative;
    private final long[] seqOfVenue;
    private final DeviceId[] devices;
    // Built once per person: the same person always carries the same identity, and building is slow.
    private final Identity[] identities;

    /**
     * @param venues the venue codes
     * @param wardOfVenue for each venue, the index of its ward (0..wards-1)
     * @param people how many people live in the province
     */
    CheckinGenerator(List<String> venues, int[] wardOfVenue, int wards, int people, long seed) {
        this.venues = List.copyOf(venues);
        this.wardOfVenue = wardOfVenue.clone();
        this.wards = wards;
        this.people = people;
        SplittableRandom random = new SplittableRandom(seed);
        double[] weights = new double[venues.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.exp(gaussian(random) * 1.1);
        }
        this.venueCumulative = cumulative(weights);
        this.hourCumulative = cumulative(HOUR_WEIGHT);
        this.seqOfVenue = new long[venues.size()];
        this.identities = new Identity[people];
        this.devices = new DeviceId[venues.size()];
        for (int i = 0; i < devices.length; i++) {
            devices[i] = DeviceId.of("gate-" + venues.get(i).toLowerCase(Locale.ROOT));
        }
    }

    /** {@code count} check-ins on {@code day}, in scan-time order, each handed to {@code sink}. */
    void day(LocalDate day, int count, long seed, Consumer<Event> sink) {
        SplittableRandom random = new SplittableRandom(seed ^ day.toEpochDay() * 0x9E3779B97F4A7C15L);
        long midnight = day.atTime(LocalTime.MIDNIGHT).toInstant(VIETNAM).toEpochMilli();
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            int hour = pick(hourCumulative, random.nextDouble());
            times[i] = midnight + hour * 3_600_000L + random.nextLong(3_600_000L);
        }
        Arrays.sort(times);
        for (long millis : times) {
            sink.accept(event(random, millis));
        }
    }

    private Event event(SplittableRandom random, long millis) {
        int venue = pick(venueCumulative, random.nextDouble());
        long seq = ++seqOfVenue[venue];
        OffsetDateTime at = Instant.ofEpochMilli(millis).atOffset(VIETNAM);
        UUID id = new UUID((millis << 16) | 0x7000L | random.nextInt(0x1000),
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        Direction direction = random.nextInt(5) == 0 ? Direction.OUT : Direction.IN;
        if (random.nextInt(100) < 3) {
            return Event.rejected(id, devices[venue], venues.get(venue), seq, at, true, direction, Kind.CCCD,
                    REJECTIONS[random.nextInt(REJECTIONS.length)], ScanSource.SERIAL);
        }
        return Event.accepted(id, devices[venue], venues.get(venue), seq, at, true, direction, Kind.CCCD,
                person(random, venue), ScanSource.SERIAL, List.of());
    }

    /** Person i lives in ward i % wards; squaring the draw makes low numbers the frequent visitors. */
    private Identity person(SplittableRandom random, int venue) {
        double u = random.nextDouble();
        int index;
        if (random.nextInt(4) != 0) {
            int perWard = Math.max(1, people / wards);
            index = (int) (perWard * u * u) * wards + wardOfVenue[venue];
        } else {
            index = (int) (people * u * u);
        }
        int who = index % people;
        Identity identity = identities[who];
        if (identity == null) {
            identity = identity(who);
            identities[who] = identity;
        }
        return identity;
    }

    static Identity identity(int index) {
        int year = 1950 + index % 55;
        boolean female = index % 2 == 1;
        String number = String.format("048%d%02d%06d", (female ? 1 : 0) + (year >= 2000 ? 2 : 0), year % 100, index % 1_000_000);
        String name = FAMILY[index % FAMILY.length] + " " + MIDDLE[(index / 10) % MIDDLE.length] + " "
                + GIVEN[(index / 80) % GIVEN.length];
        return new Identity(DocumentType.CCCD, number, name, LocalDate.of(year, 1 + index % 12, 1 + index % 28),
                female ? Sex.FEMALE : Sex.MALE, null);
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        int at = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, at >= 0 ? at : -at - 1);
    }
}
