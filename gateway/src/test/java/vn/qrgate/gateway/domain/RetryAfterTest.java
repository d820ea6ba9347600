package vn.qrgate.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    final Instant now = Instant.parse("2026-11-29T05:00:00Z");

    @Test
    void secondsAreTakenAsTheyAre() {
        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 05:00:30 GMT", now)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 29 Nov 2026 04:00:00 GMT", now)).contains(Duration.ZERO);
    }

    @Test
    void anythingElseIsIgnored() {
        assertThat(RetryAfter.parse(null, now)).isEmpty();
        assertThat(RetryAfter.parse("", now)).isEmpty();
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
    }

    @Test
    void hugeValuesAreBounded() {
        assertThat(RetryAfter.parse("99999999999999", now)).contains(Duration.ofDays(366));
    }

    @Test
    void theWaitIsCapped() {
        assertThat(RetryAfter.capped(Duration.ofMinutes(5), Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(60));
        assertThat(RetryAfter.capped(Duration.ofSeconds(5), Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(5));
    }
}
