package vn.qrgate.reader.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Direction;
import vn.qrgate.protocol.subject.DocumentType;
import vn.qrgate.protocol.subject.Identity;

class DuplicateWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-29T05:00:00Z");
    private static final Identity AN = person("001203004567");
    private static final Identity BINH = person("058190001234");

    private static Identity person(String number) {
        return new Identity(DocumentType.CCCD, number, "X Y", LocalDate.of(1990, 1, 1), null, null);
    }

    @Test
    void theSamePersonTheSameWayWithinTheWindowIsADuplicate() {
        DuplicateWindow window = new DuplicateWindow(Duration.ofSeconds(10), 100);

        assertThat(window.seenRecently(AN, Direction.IN, T0)).isFalse();
        assertThat(window.seenRecently(AN, Direction.IN, T0.plusSeconds(9))).isTrue();
        assertThat(window.seenRecently(BINH, Direction.IN, T0.plusSeconds(9))).isFalse();
    }

    @Test
    void boardingThenAlightingIsNotADuplicate() {
        DuplicateWindow window = new DuplicateWindow(Duration.ofSeconds(10), 100);

        assertThat(window.seenRecently(AN, Direction.IN, T0)).isFalse();
        assertThat(window.seenRecently(AN, Direction.OUT, T0.plusSeconds(1))).isFalse();
    }

    @Test
    void theWindowCountsFromTheLastRecordedPassNotFromTheDuplicates() {
        DuplicateWindow window = new DuplicateWindow(Duration.ofSeconds(10), 100);

        window.seenRecently(AN, Direction.IN, T0);
        window.seenRecently(AN, Direction.IN, T0.plusSeconds(8));
        assertThat(window.seenRecently(AN, Direction.IN, T0.plusSeconds(10))).isFalse();
    }

    @Test
    void oldEntriesAreForgottenAndMemoryIsBounded() {
        DuplicateWindow window = new DuplicateWindow(Duration.ofSeconds(10), 3);
        for (int i = 0; i < 10; i++) {
            window.seenRecently(person(String.format("0012030%05d", i)), Direction.IN, T0);
        }
        assertThat(window.size()).isEqualTo(3);

        window.seenRecently(AN, Direction.IN, T0.plusSeconds(60));
        assertThat(window.size()).isEqualTo(1);
    }

    @Test
    void aZeroWindowNeverCallsADuplicate() {
        DuplicateWindow window = DuplicateWindow.disabled();
        assertThat(window.seenRecently(AN, Direction.IN, T0)).isFalse();
        assertThat(window.seenRecently(AN, Direction.IN, T0)).isFalse();
        assertThatThrownBy(() -> new DuplicateWindow(Duration.ofSeconds(-1), 1)).hasMessageContaining("window");
    }
}
