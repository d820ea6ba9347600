package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ValuesTest {

    private final Values.Parser<Duration> anyDuration = Values.duration(Duration.ZERO, Duration.ofDays(3650));

    @Test
    void durationsAreWrittenWithAUnitFromMillisecondsToDays() {
        assertThat(anyDuration.parse("800ms")).isEqualTo(Duration.ofMillis(800));
        assertThat(anyDuration.parse("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(anyDuration.parse("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(anyDuration.parse("48h")).isEqualTo(Duration.ofHours(48));
        assertThat(anyDuration.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(anyDuration.parse("0s")).isZero();
    }

    @Test
    void aDurationWithoutAUnitOrOutOfRangeIsRefusedWithTheRuleButNotTheValue() {
        assertThatThrownBy(() -> anyDuration.parse("10")).hasMessageContaining("800ms, 10s");
        assertThatThrownBy(() -> Values.duration(Duration.ofSeconds(1), Duration.ofMinutes(1)).parse("2m"))
                .hasMessageContaining("from 1s to 1m").hasMessageNotContaining("2m");
    }

    @Test
    void sizesAreBinaryMultiples() {
        assertThat(Values.size(1, Long.MAX_VALUE).parse("100MB")).isEqualTo(100L * 1024 * 1024);
        assertThat(Values.size(1, Long.MAX_VALUE).parse("64kb")).isEqualTo(65_536L);
        assertThatThrownBy(() -> Values.size(1, 1L << 40).parse("999999999999GB")).hasMessageContaining("a size");
    }

    @Test
    void wholeNumbersMayUseUnderscoresButNotCommasAndNeverOverflow() {
        assertThat(Values.integer(1L, 1_000_000L).parse("200_000")).isEqualTo(200_000L);
        assertThatThrownBy(() -> Values.integer(1L, 1_000_000L).parse("200,000")).hasMessage("a whole number from 1 to 1000000");
        assertThatThrownBy(() -> Values.integer(1L, 10L).parse("99999999999999999999999")).hasMessageContaining("whole");
    }

    @Test
    void formattedDurationsAndSizesReadBackAsTheSameValue() {
        for (Duration d : new Duration[] {Duration.ofMillis(800), Duration.ofSeconds(90), Duration.ofDays(30)}) {
            assertThat(anyDuration.parse(Values.formatDuration(d))).isEqualTo(d);
        }
        assertThat(Values.formatSize(100L << 20)).isEqualTo("100MB");
    }

    @Test
    void suggestionsForgiveOneSlipInShortWordsAndATranspositionCountsAsOne() {
        assertThat(Suggest.closest("outbx", Keys.TOP)).contains("outbox");
        assertThat(Suggest.closest("dupilcates", Keys.TOP)).contains("duplicates");
        assertThat(Suggest.closest("VENUE", Keys.DEVICE)).contains("venue");
        assertThat(Suggest.closest("colour", Keys.TOP)).isEmpty();
    }
}
