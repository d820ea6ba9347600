package vn.qrgate.reader.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {

    @Test
    void waitsDoubleFromTheMinimumUpToTheMaximum() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.999999);

        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waits.add(backoff.next().toMillis());
        }

        assertThat(waits).containsExactly(99L, 199L, 399L, 799L, 999L, 999L, 999L);
    }

    @Test
    void jitterNeverWaitsLessThanHalfTheStep() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofMillis(1000), () -> 0.0);

        assertThat(backoff.next()).hasMillis(50);
        assertThat(backoff.next()).hasMillis(100);
    }

    @Test
    void resetStartsAgainFromTheMinimum() {
        ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(10), () -> 0.0);
        backoff.next();
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).hasMillis(50);
    }
}
