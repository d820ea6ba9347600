package vn.qrgate.registry.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.qrgate.registry.testing.TracePeople.AN;
import static vn.qrgate.registry.testing.TracePeople.BINH;
import static vn.qrgate.registry.testing.TracePeople.MORNING;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.testing.TracePeople;

class PresencesTest {

    private static final Duration DWELL = Duration.ofHours(2);
    private static final String MARKET = "v-market";
    private static final String SCHOOL = "v-school";

    private final TracePeople gate = new TracePeople("gate-01");

    private static OffsetDateTime at(int minutes) {
        return MORNING.plusMinutes(minutes);
    }

    private static Presence presence(Identity who, String venue, int from, int until, Ending ending) {
        return new Presence(who, venue, at(from), at(until), ending);
    }

    @Test
    void an_in_and_the_next_out_make_one_presence_however_long() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(0)), gate.out(AN, MARKET, at(300)));

        assertThat(Presences.of(scans, DWELL)).containsExactly(presence(AN, MARKET, 0, 300, Ending.OUT));
    }

    @Test
    void an_in_without_an_out_lasts_the_dwell_time() {
        assertThat(Presences.of(List.of(gate.in(AN, MARKET, at(10))), DWELL))
                .containsExactly(presence(AN, MARKET, 10, 130, Ending.DWELL));
    }

    @Test
    void an_out_without_an_in_is_a_moment_at_its_own_time() {
        assertThat(Presences.of(List.of(gate.out(AN, MARKET, at(45))), DWELL))
                .containsExactly(presence(AN, MARKET, 45, 45, Ending.OUT_WITHOUT_IN));
    }

    @Test
    void rejected_scans_are_no_presence() {
        assertThat(Presences.of(List.of(gate.rejectedIn(MARKET, at(0))), DWELL)).isEmpty();
    }

    @Test
    void a_second_in_within_the_dwell_time_is_the_same_stay() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(0)), gate.in(AN, MARKET, at(100)), gate.out(AN, MARKET, at(150)));

        assertThat(Presences.of(scans, DWELL)).containsExactly(presence(AN, MARKET, 0, 150, Ending.OUT));
    }

    @Test
    void a_second_in_after_the_dwell_time_ends_the_first_stay_and_starts_another() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(0)), gate.in(AN, MARKET, at(200)), gate.out(AN, MARKET, at(210)));

        assertThat(Presences.of(scans, DWELL)).containsExactly(
                presence(AN, MARKET, 0, 120, Ending.DWELL),
                presence(AN, MARKET, 200, 210, Ending.OUT));
    }

    @Test
    void people_and_venues_are_paired_separately() {
        List<Event> scans = List.of(gate.in(AN, MARKET, at(0)), gate.in(BINH, MARKET, at(5)),
                gate.out(AN, SCHOOL, at(10)), gate.out(BINH, MARKET, at(20)), gate.out(AN, MARKET, at(30)));

        assertThat(Presences.of(scans, DWELL)).containsExactly(
                presence(AN, MARKET, 0, 30, Ending.OUT),
                presence(BINH, MARKET, 5, 20, Ending.OUT),
                presence(AN, SCHOOL, 10, 10, Ending.OUT_WITHOUT_IN));
    }

    @Test
    void scans_at_the_same_instant_are_taken_in_seq_order() {
        Event in = gate.in(AN, MARKET, at(0));
        Event out = gate.out(AN, MARKET, at(0));

        assertThat(Presences.of(List.of(out, in), DWELL)).containsExactly(presence(AN, MARKET, 0, 0, Ending.OUT));
    }

    @Test
    void a_dwell_end_is_given_in_the_offset_of_the_reader_that_opened_the_stay() {
        Presence p = Presences.of(List.of(gate.in(AN, MARKET, at(0))), DWELL).get(0);

        assertThat(p.until()).isEqualTo("2026-11-20T10:00:00+07:00");
    }

    @Test
    void the_dwell_time_must_be_positive() {
        assertThatThrownBy(() -> Presences.of(List.of(), Duration.ZERO)).hasMessageContaining("dwell");
    }

    @Test
    void a_presence_prints_no_personal_field() {
        assertThat(presence(BINH, MARKET, 0, 10, Ending.OUT).toString())
                .doesNotContain(BINH.documentNumber(), BINH.name(), "1990", BINH.phone());
    }
}
