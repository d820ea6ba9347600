package vn.qrgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.Warning;
import vn.qrgate.protocol.event.CheckinBatch;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.DeviceId;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestRequest;
import vn.qrgate.protocol.event.ScanSource;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.protocol.subject.Sex;

class EventJsonPropertyTest {

    @Property(tries = 500)
    void any_valid_event_round_trips_equal_through_bytes_and_text(@ForAll("events") Event event) {
        assertThat(EventJson.decodeEvent(EventJson.encode(event))).isEqualTo(event);
        assertThat(EventJson.decodeEvent(EventJson.encodeToString(event))).isEqualTo(event);
    }

    @Property(tries = 100)
    void any_ingest_request_round_trips_equal(@ForAll("eventLists") List<Event> events) {
        IngestRequest request = new IngestRequest(events);

        assertThat(EventJson.decodeIngestRequest(EventJson.encode(request))).isEqualTo(request);
    }

    @Property(tries = 100)
    void any_batch_of_one_device_round_trips_equal(@ForAll("eventLists") List<Event> events) {
        DeviceId device = new DeviceId("bus-29b-001");
        List<Event> ofOneDevice = events.stream().map(e -> withDevice(e, device)).toList();
        if (ofOneDevice.isEmpty()) {
            return;
        }
        CheckinBatch batch = new CheckinBatch(device, ofOneDevice);

        assertThat(EventJson.decodeCheckinBatch(EventJson.encode(batch))).isEqualTo(batch);
    }

    @Provide
    Arbitrary<List<Event>> eventLists() {
        return events().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<Boolean> accepted = Arbitraries.of(true, false);
        return accepted.flatMap(isAccepted -> Combinators.combine(
                v7Ids(), deviceIds(), venues(), Arbitraries.longs().between(1, Long.MAX_VALUE), timestamps(),
                Arbitraries.of(true, false), Arbitraries.of(Direction.class), Arbitraries.of(ScanSource.class))
                .flatAs((id, device, venue, seq, at, synced, direction, source) -> isAccepted
                        ? Combinators.combine(knownKinds(), identities(), Arbitraries.of(Warning.class).list().ofMaxSize(3))
                                .as((kind, subject, warnings) -> new Event(id, device, venue, seq, at, synced,
                                        direction, kind, subject, Decision.ACCEPTED, null, source, warnings))
                        : Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.of(Reason.class))
                                .as((kind, reason) -> new Event(id, device, venue, seq, at, synced, direction,
                                        kind, null, Decision.REJECTED, reason, source, List.of()))));
    }

    private static Arbitrary<UUID> v7Ids() {
        Arbitrary<Long> millis = Arbitraries.longs().between(0, (1L << 48) - 1);
        Arbitrary<Long> randA = Arbitraries.longs().between(0, 0xFFF);
        Arbitrary<Long> randB = Arbitraries.longs();
        return Combinators.combine(millis, randA, randB).as((ms, a, b) ->
                new UUID((ms << 16) | 0x7000L | a, 0x8000_0000_0000_0000L | (b & 0x3FFF_FFFF_FFFF_FFFFL)));
    }

    private static Arbitrary<DeviceId> deviceIds() {
        Arbitrary<Character> first = Arbitraries.chars().with("abcdefghijklmnopqrstuvwxyz0123456789".toCharArray());
        Arbitrary<String> rest = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-")
                .ofMinLength(2).ofMaxLength(63);
        return Combinators.combine(first, rest).as((f, r) -> new DeviceId(f + r));
    }

    private static Arbitrary<String> venues() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("ĐđÂâĂăÊêÔôƠơƯưÀÁẢÃẠàáảãạ")
                .ofMinLength(1).ofMaxLength(40)
                .filter(v -> !v.isBlank());
    }

    private static Arbitrary<OffsetDateTime> timestamps() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(
                Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2100-01-01T00:00:00Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<ZoneOffset> offsets = Arbitraries.oneOf(
                Arbitraries.of(ZoneOffset.UTC, ZoneOffset.ofHours(7), ZoneOffset.ofHoursMinutes(-3, -30)),
                Arbitraries.integers().between(-18 * 3600, 18 * 3600).map(ZoneOffset::ofTotalSeconds));
        return Combinators.combine(seconds, nanos, offsets)
                .as((s, n, o) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(s, n), o));
    }

    private static Arbitrary<Kind> knownKinds() {
        return Arbitraries.of(Kind.CCCD, Kind.PCCOVID, Kind.BHYT, Kind.QG1);
    }

    private static Arbitrary<Identity> identities() {
        // Any text without lone surrogates, which UTF-8 cannot carry; quotes and controls included.
        Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withChars("\"\\/ĐỨ")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        Arbitrary<LocalDate> dates = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Sex> sex = Arbitraries.of(Sex.class).injectNull(0.3);
        Arbitrary<String> phone = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).injectNull(0.3);
        return Combinators.combine(Arbitraries.of(DocumentType.class), text, text, dates, sex, phone)
                .as(Identity::new);
    }

    private static Event withDevice(Event e, DeviceId device) {
        return new Event(e.eventId(), device, e.venue(), e.seq(), e.scannedAt(), e.clockSynced(), e.direction(),
                e.kind(), e.subject(), e.decision(), e.reason(), e.source(), e.warnings());
    }
}
