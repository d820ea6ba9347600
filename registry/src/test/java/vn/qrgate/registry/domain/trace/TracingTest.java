package vn.qrgate.registry.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.qrgate.registry.testing.TracePeople.AN;
import static vn.qrgate.registry.testing.TracePeople.BINH;
import static vn.qrgate.registry.testing.TracePeople.CUONG;
import static vn.qrgate.registry.testing.TracePeople.MORNING;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.domain.Role;
import vn.qrgate.registry.testing.TracePeople;

class TracingTest {

    private static final Duration DWELL = Duration.ofHours(2);
    private static final String MARKET = "v-market";
    private static final String SCHOOL = "v-school";
    // 10:00 to 11:00 Hanoi time.
    private static final TraceWindow WINDOW = new TraceWindow(at(120).toInstant(), at(180).toInstant());

    private final TracePeople gate = new TracePeople("gate-01");

    private static OffsetDateTime at(int minutes) {
        return MORNING.plusMinutes(minutes);
    }

    private static List<Identity> people(List<Presence> presences) {
        return presences.stream().map(Presence::person).toList();
    }

    @Test
    void everyone_whose_stay_touches_the_window_was_present_and_no_one_else() {
        List<Event> scans = List.of(
                gate.in(AN, MARKET, at(30)),                                  // no OUT: until 10:30
                gate.in(BINH, MARKET, at(0)), gate.out(BINH, MARKET, at(119)), // left a minute before
                gate.in(CUONG, MARKET, at(180)),                               // came at the window's end
                gate.in(BINH, SCHOOL, at(150)));                               // another venue

        assertThat(people(Tracing.presentAt(MARKET, scans, WINDOW, DWELL))).containsExactly(AN);
    }

    @Test
    void a_stay_spanning_the_whole_window_and_a_moment_at_its_start_both_count() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(0)), gate.out(AN, MARKET, at(300)),
                gate.out(BINH, MARKET, at(120)));

        assertThat(people(Tracing.presentAt(MARKET, scans, WINDOW, DWELL))).containsExactly(AN, BINH);
    }

    @Test
    void a_persons_visits_are_theirs_at_every_venue_touching_the_window() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(100)), gate.out(AN, MARKET, at(130)),
                gate.in(AN, SCHOOL, at(140)), gate.in(BINH, SCHOOL, at(140)), gate.in(AN, MARKET, at(400)));

        List<Presence> visits = Tracing.visits(AN.documentNumber(), scans, WINDOW, DWELL);

        assertThat(visits).extracting(Presence::venue).containsExactly(MARKET, SCHOOL);
        assertThat(people(visits)).containsOnly(AN);
    }

    @Test
    void the_store_is_read_a_dwell_time_beyond_each_side_of_the_window() {
        assertThat(WINDOW.readFrom(DWELL)).isEqualTo(at(0).toInstant());
        assertThat(WINDOW.readTo(DWELL)).isEqualTo(at(300).toInstant());
    }

    @Test
    void a_window_must_start_before_it_ends_and_span_at_most_31_days() {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        assertThatThrownBy(() -> new TraceWindow(t, t)).hasMessageContaining("before");
        assertThatThrownBy(() -> new TraceWindow(t, t.plus(Duration.ofDays(31)).plusSeconds(1)))
                .hasMessageContaining("31 days");
        assertThat(new TraceWindow(t, t.plus(Duration.ofDays(31))).to()).isEqualTo("2026-12-02T00:00:00Z");
    }

    @Test
    void an_audit_entry_prints_no_document_number() {
        AuditEntry entry = new AuditEntry(Instant.now(), "tracer-1", Role.HEALTH_TRACER, TraceKind.PERSON,
                AN.documentNumber(), WINDOW, 3);

        assertThat(entry.toString()).doesNotContain(AN.documentNumber()).contains("tracer-1", "health-tracer", "3 rows");
    }
}
