package vn.qrgate.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Event;
import vn.qrgate.protocol.event.IngestResponse;
import vn.qrgate.registry.testing.TestEvents;

class IngestPlanTest {

    private final TestEvents gate = new TestEvents("gate-01");

    @Test
    void eventsForUnknownVenuesAreRejectedAndTheRestGoToTheStoreInOrder() {
        Event a = gate.person(TestEvents.VENUE, TestEvents.AT);
        Event unknown = gate.person(TestEvents.UNKNOWN_VENUE, TestEvents.AT);
        Event b = gate.person(TestEvents.OTHER_VENUE, TestEvents.AT);

        IngestPlan plan = IngestPlan.of(List.of(a, unknown, b), Set.of(TestEvents.VENUE, TestEvents.OTHER_VENUE)::contains);

        assertThat(plan.toStore()).containsExactly(a, b);
        assertThat(plan.rejected()).containsExactly(new IngestResponse.Rejection(unknown.eventId(), "UNKNOWN_VENUE"));
    }

    @Test
    void theAnswerJoinsWhatTheStoreDidWithWhatWasRejected() {
        Event stored = gate.person(TestEvents.VENUE, TestEvents.AT);
        Event known = gate.person(TestEvents.VENUE, TestEvents.AT);
        Event unknown = gate.person(TestEvents.UNKNOWN_VENUE, TestEvents.AT);
        IngestPlan plan = IngestPlan.of(List.of(stored, known, unknown), TestEvents.VENUE::equals);

        IngestResponse response = plan.respond(new StoreResult(List.of(stored.eventId()), List.of(known.eventId())));

        assertThat(response).isEqualTo(new IngestResponse(List.of(stored.eventId()), List.of(known.eventId()),
                List.of(new IngestResponse.Rejection(unknown.eventId(), IngestPlan.UNKNOWN_VENUE))));
    }
}
