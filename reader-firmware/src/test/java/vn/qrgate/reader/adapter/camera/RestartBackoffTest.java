package vn.qrgate.reader.adapter.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    @Test
    void waits_double_from_the_minimum_up_to_the_maximum() {
        RestartBackoff backoff = new RestartBackoff(Duration.ofMillis(250), Duration.ofSeconds(3));
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waits.add(backoff.next().toMillis());
        }

        assertThat(waits).containsExactly(250L, 500L, 1000L, 2000L, 3000L, 3000L, 3000L);
    }

    @Test
    void reset_starts_again_from_the_minimum() {
        RestartBackoff backoff = new RestartBackoff(Duration.ofMillis(250), Duration.ofSeconds(3));
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).hasMillis(250);
    }

    @Test
    void a_maximum_below_the_minimum_is_refused() {
        assertThatThrownBy(() -> new RestartBackoff(Duration.ofSeconds(1), Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 < min <= max");
    }
}
