package vn.qrgate.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-11-29T05:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final ClientRateLimit limit = new ClientRateLimit(3, Duration.ofMinutes(1), clock);

    @Test
    void the_attempt_over_the_limit_is_told_how_long_to_wait() {
        limit.attempt("1.2.3.4");
        clock.now = clock.now.plusSeconds(20);
        limit.attempt("1.2.3.4");
        limit.attempt("1.2.3.4");

        assertThat(limit.attempt("1.2.3.4")).contains(Duration.ofSeconds(40));
    }

    @Test
    void other_clients_are_not_affected() {
        for (int i = 0; i < 3; i++) {
            limit.attempt("1.2.3.4");
        }

        assertThat(limit.attempt("1.2.3.4")).isPresent();
        assertThat(limit.attempt("5.6.7.8")).isEmpty();
    }

    @Test
    void once_the_window_has_passed_the_client_may_try_again() {
        for (int i = 0; i < 3; i++) {
            limit.attempt("1.2.3.4");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(1));

        assertThat(limit.attempt("1.2.3.4")).isEmpty();
    }
}
