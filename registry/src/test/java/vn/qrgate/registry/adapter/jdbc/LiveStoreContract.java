package vn.qrgate.registry.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.EventIds;
import vn.qrgate.registry.config.StoreConfig;
import vn.qrgate.registry.domain.CheckinQuery;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.domain.StoredCheckin;
import vn.qrgate.registry.domain.selfcheckin.SelfCheckinForm;
import vn.qrgate.registry.domain.trace.AuditEntry;
import vn.qrgate.registry.domain.trace.TraceKind;
import vn.qrgate.registry.domain.trace.TraceWindow;
import vn.qrgate.registry.port.LiveCounts;
import vn.qrgate.registry.testing.TestEvents;

/** The live list's counts, the self check-in seqs and the full-view audit kinds (V6); SQLite and PostgreSQL. */
abstract class LiveStoreContract {

    private static final String VENUE = "v-hospital";
    private static final String OTHER = "v-market";
    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-11-29T12:00:00+07:00");
    private static final TraceWindow DAY = new TraceWindow(Instant.parse("2026-11-28T17:00:00Z"),
            Instant.parse("2026-11-29T17:00:00Z"));

    private final EventIds ids = new EventIds(Clock.systemUTC());
    private JdbcStores stores;
    private JdbcLiveStore live;
    private long seq;

    protected abstract StoreConfig config() throws Exception;

    protected void drop() throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        stores = JdbcStores.open(config(), Clock.systemUTC());
        live = stores.live();
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
        drop();
    }

    private Event typedIn(String venue, String direction, OffsetDateTime at) {
        var form = (SelfCheckinForm.Valid) SelfCheckinForm.check("Trần Thị Bình", "0905123456", "058190001234",
                direction);
        return form.declaration().toEvent(ids.next(), venue, ++seq, at);
    }

    private void store(Event... events) {
        stores.checkins().insertIfAbsent(List.of(events), "self-checkin", Instant.now());
    }

    @Test
    void the_day_counts_only_accepted_checkins_of_the_venue_within_the_day() {
        store(typedIn(VENUE, "IN", NOON), typedIn(VENUE, "IN", NOON.plusMinutes(1)), typedIn(VENUE, "OUT", NOON.plusMinutes(2)),
                typedIn(VENUE, "IN", NOON.minusDays(1)), typedIn(VENUE, "IN", NOON.plusDays(1)),
                typedIn(OTHER, "IN", NOON), new TestEvents("gate-01").scan("cccd-unknown-province", VENUE, NOON));

        assertThat(live.accepted(VENUE, DAY.from(), DAY.to())).isEqualTo(new LiveCounts.Directions(2, 1));
        assertThat(live.accepted("v-empty", DAY.from(), DAY.to())).isEqualTo(new LiveCounts.Directions(0, 0));
    }

    @Test
    void each_venue_numbers_its_self_checkins_from_one_without_gaps_or_repeats() {
        assertThat(List.of(live.next(VENUE), live.next(VENUE), live.next(OTHER), live.next(VENUE)))
                .containsExactly(1L, 2L, 1L, 3L);
    }

    @Test
    void a_self_declared_checkin_is_stored_and_read_back_without_a_birth_date() {
        Event event = typedIn(VENUE, "OUT", NOON);
        store(event);

        List<StoredCheckin> read = stores.checkins().newestFirst(new CheckinQuery(VENUE, Optional.empty(), 10));

        assertThat(read).extracting(StoredCheckin::event).containsExactly(event);
        assertThat(read.get(0).event().subject().birthDate()).isNull();
        assertThat(read.get(0).event().scannedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void the_audit_log_keeps_full_views_and_refused_ones_beside_trace_queries() {
        Instant at = Instant.parse("2026-11-29T05:00:00Z");
        stores.auditLog().record(new AuditEntry(at, "tracer-1", Role.HEALTH_TRACER, TraceKind.FULL_VIEW, VENUE, DAY, 7));
        stores.auditLog().record(new AuditEntry(at.plusSeconds(1), "staff-1", Role.VENUE_STAFF,
                TraceKind.FULL_VIEW_REFUSED, OTHER, DAY, 0));
        stores.auditLog().record(new AuditEntry(at.plusSeconds(2), "tracer-1", Role.HEALTH_TRACER, TraceKind.VENUE,
                VENUE, DAY, 3));

        assertThat(stores.auditLog().between(at, at.plusSeconds(60), 10)).extracting(AuditEntry::kind, AuditEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TraceKind.FULL_VIEW, VENUE),
                        org.assertj.core.groups.Tuple.tuple(TraceKind.FULL_VIEW_REFUSED, OTHER),
                        org.assertj.core.groups.Tuple.tuple(TraceKind.VENUE, VENUE));
    }
}
