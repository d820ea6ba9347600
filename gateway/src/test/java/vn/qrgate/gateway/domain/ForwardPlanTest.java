package vn.qrgate.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.IngestResponse;

class ForwardPlanTest {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final UUID d = UUID.randomUUID();

    @Test
    void acceptedAndDuplicatesAreDeletedRejectedSetAsideTheRestKept() {
        IngestResponse answer = new IngestResponse(List.of(a), List.of(b),
                List.of(new IngestResponse.Rejection(c, "UNKNOWN_VENUE")));

        ForwardPlan plan = ForwardPlan.of(List.of(a, b, c, d), answer);

        assertThat(plan.delete()).containsExactly(a, b);
        assertThat(plan.rejected()).isEqualTo(Map.of(c, "UNKNOWN_VENUE"));
        assertThat(plan.unanswered()).containsExactly(d);
    }

    @Test
    void idsThatWereNotSentAreIgnored() {
        UUID stranger = UUID.randomUUID();
        IngestResponse answer = new IngestResponse(List.of(a, stranger), List.of(),
                List.of(new IngestResponse.Rejection(stranger, "X")));

        ForwardPlan plan = ForwardPlan.of(List.of(a), answer);

        assertThat(plan.delete()).containsExactly(a);
        assertThat(plan.rejected()).isEmpty();
        assertThat(plan.unanswered()).isEmpty();
    }

    @Test
    void anIdListedTwiceCountsOnceWithTheFirstAnswer() {
        IngestResponse answer = new IngestResponse(List.of(a), List.of(a),
                List.of(new IngestResponse.Rejection(a, "X")));

        ForwardPlan plan = ForwardPlan.of(List.of(a), answer);

        assertThat(plan.delete()).containsExactly(a);
        assertThat(plan.rejected()).isEmpty();
    }
}
