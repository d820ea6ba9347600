package vn.qrgate.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theCeilingDoublesFromMinToMax() {
        Backoff highest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5), () -> 0.999_999);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waits.add(highest.next().toMillis());
        }
        assertThat(waits).containsExactly(500L, 999L, 1999L, 3999L, 4999L, 4999L);
    }

    @Test
    void fullJitterNeverGoesBelowMin() {
        Backoff lowest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5), () -> 0.0);
        for (int i = 0; i < 10; i++) {
            assertThat(lowest.next()).isEqualTo(Duration.ofMillis(500));
        }
    }

    @Test
    void aSuccessStartsOverAndFailuresAreCounted() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), () -> 0.999_999);
        backoff.next();
        backoff.next();
        backoff.next();
        assertThat(backoff.failures()).isEqualTo(3);

        backoff.reset();

        assertThat(backoff.failures()).isZero();
        assertThat(backoff.next().toMillis()).isEqualTo(100);
    }

    @Test
    void manyFailuresStayAtMax() {
        Backoff backoff = new Backoff(Duration.ofMillis(1), Duration.ofMinutes(1), () -> 0.999_999);
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        }
        assertThat(backoff.max()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void minMustBePositiveAndNotAboveMax() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), Math::random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Math::random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
