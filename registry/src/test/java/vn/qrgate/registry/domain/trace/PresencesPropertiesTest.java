package vn.qrgate.registry.domain.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.qrgate.protocol.event.Decision;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.subject.Identity;
import vn.qrgate.registry.testing.TracePeople;

/**
 * The pairing's properties over random scan histories. Each history is built from a seed jqwik draws
 * (and shrinks, and shows when a property fails), so a failing case can be replayed from its seed.
 */
class PresencesPropertiesTest {

    private static final List<String> VENUES = List.of("v-market", "v-school");

    record Case(long seed, List<Event> events, Duration dwell) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + events.size() + " scans, dwell " + dwell;
        }
    }

    @Provide
    Arbitrary<Case> histories() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).map(PresencesPropertiesTest::history);
    }

    private static Case history(long seed) {
        Random random = new Random(seed);
        List<TracePeople> gates = List.of(new TracePeople("gate-01"), new TracePeople("gate-02"));
        List<Event> events = new ArrayList<>();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            TracePeople gate = gates.get(random.nextInt(gates.size()));
            String venue = VENUES.get(random.nextInt(VENUES.size()));
            // Few distinct minutes, so equal scan times (ordered by seq and device) happen often.
            var at = TracePeople.MORNING.plusMinutes(random.nextInt(600) / 15 * 15);
            if (random.nextInt(10) == 0) {
                events.add(gate.rejectedIn(venue, at));
            } else {
                Identity who = TracePeople.EVERYONE.get(random.nextInt(TracePeople.EVERYONE.size()));
                events.add(gate.scan(who, venue, at, random.nextBoolean() ? Direction.IN : Direction.OUT));
            }
        }
        return new Case(seed, events, Duration.ofMinutes(1 + random.nextInt(180)));
    }

    @Property(tries = 200)
    void one_persons_presences_at_one_venue_never_overlap(@ForAll("histories") Case c) {
        var byPersonAndVenue = Presences.of(c.events(), c.dwell()).stream()
                .collect(Collectors.groupingBy(p -> p.documentNumber() + "@" + p.venue()));
        for (List<Presence> stays : byPersonAndVenue.values()) {
            for (int i = 1; i < stays.size(); i++) {
                assertThat(stays.get(i - 1).until().toInstant()).isBeforeOrEqualTo(stays.get(i).from().toInstant());
            }
        }
    }

    @Property(tries = 200)
    void every_accepted_in_falls_within_a_presence_of_that_person_at_that_venue(@ForAll("histories") Case c) {
        List<Presence> presences = Presences.of(c.events(), c.dwell());
        for (Event e : c.events()) {
            if (e.decision() == Decision.ACCEPTED && e.direction() == Direction.IN) {
                Instant t = e.scannedAt().toInstant();
                assertThat(presences).anySatisfy(p -> {
                    assertThat(p.person()).isEqualTo(e.subject());
                    assertThat(p.venue()).isEqualTo(e.venue());
                    assertThat(p.from().toInstant()).isBeforeOrEqualTo(t);
                    assertThat(p.until().toInstant()).isAfterOrEqualTo(t);
                });
            }
        }
    }

    @Property(tries = 200)
    void the_order_of_the_input_does_not_matter(@ForAll("histories") Case c) {
        List<Event> shuffled = new ArrayList<>(c.events());
        Collections.shuffle(shuffled, new Random(c.seed() * 31 + 7));
        List<Event> reversed = new ArrayList<>(c.events());
        Collections.reverse(reversed);

        List<Presence> expected = Presences.of(c.events(), c.dwell());
        assertThat(Presences.of(shuffled, c.dwell())).isEqualTo(expected);
        assertThat(Presences.of(reversed, c.dwell())).isEqualTo(expected);
    }

    @Property(tries = 200)
    void every_accepted_out_ends_a_presence_or_is_a_moment_and_rejected_scans_add_none(@ForAll("histories") Case c) {
        long outs = c.events().stream()
                .filter(e -> e.decision() == Decision.ACCEPTED && e.direction() == Direction.OUT).count();
        List<Presence> presences = Presences.of(c.events(), c.dwell());

        assertThat(presences.stream().filter(p -> p.ending() != Ending.DWELL).count()).isEqualTo(outs);
        assertThat(presences).allSatisfy(p -> {
            if (p.ending() == Ending.DWELL) {
                assertThat(Duration.between(p.from(), p.until())).isGreaterThanOrEqualTo(c.dwell());
            }
        });
    }
}
