package vn.qrgate.reader.adapter.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration MIN = Duration.ofMillis(100);
    private static final Duration MAX = Duration.ofSeconds(5);

    @Test
    void everyWaitStaysBetweenMinAndMaxWhateverTheDraw() {
        for (double draw : new double[] {0.0, 0.5, 0.999_999}) {
            Backoff backoff = new Backoff(MIN, MAX, () -> draw);
            for (int i = 0; i < 20; i++) {
                assertThat(backoff.next()).isBetween(MIN, MAX);
            }
        }
    }

    @Test
    void theCeilingDoublesUpToMaxAndTheWaitsGrowWithIt() {
        Backoff backoff = new Backoff(MIN, MAX, () -> 0.999_999);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            waits.add(backoff.next());
        }
        assertThat(waits).isSorted();
        assertThat(waits.get(0)).isEqualTo(MIN);
        assertThat(waits.get(3).toMillis()).isBetween(790L, 800L);
        assertThat(waits.get(9).toMillis()).isBetween(4_990L, 5_000L);
        assertThat(backoff.ceiling()).isEqualTo(MAX);
    }

    @Test
    void jitterSpreadsTheWaitsOverTheWholeWindow() {
        Random random = new Random(42);
        Backoff backoff = new Backoff(MIN, MAX, random::nextDouble);
        for (int i = 0; i < 10; i++) {
            backoff.next();
        }
        long below = 0;
        for (int i = 0; i < 1_000; i++) {
            Duration wait = backoff.next();
            assertThat(wait).isBetween(MIN, MAX);
            below += wait.compareTo(MAX.dividedBy(2)) < 0 ? 1 : 0;
        }
        // Full jitter: about half the waits fall in the lower half of the window.
        assertThat(below).isBetween(400L, 600L);
    }

    @Test
    void aResetStartsAgainFromMin() {
        Backoff backoff = new Backoff(MIN, MAX, () -> 0.999_999);
        for (int i = 0; i < 5; i++) {
            backoff.next();
        }
        backoff.reset();
        assertThat(backoff.ceiling()).isEqualTo(MIN);
        assertThat(backoff.next()).isEqualTo(MIN);
    }

    @Test
    void minMustBePositiveAndNotAboveMax() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, MAX)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(MAX, MIN)).isInstanceOf(IllegalArgumentException.class);
    }
}
