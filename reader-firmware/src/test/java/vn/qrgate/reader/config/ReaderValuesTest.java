package vn.qrgate.reader.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.qrgate.config.Values;

class ReaderValuesTest {

    private final Values.Parser<Duration> anyDuration = ReaderValues.duration(Duration.ZERO, Duration.ofDays(3650));

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
        assertThatThrownBy(() -> ReaderValues.duration(Duration.ofSeconds(1), Duration.ofMinutes(1)).parse("2m"))
                .hasMessageContaining("from 1s to 1m").hasMessageNotContaining("2m");
    }

    @Test
    void sizesAreBinaryMultiples() {
        assertThat(ReaderValues.size(1, Long.MAX_VALUE).parse("100MB")).isEqualTo(100L * 1024 * 1024);
        assertThat(ReaderValues.size(1, Long.MAX_VALUE).parse("64kb")).isEqualTo(65_536L);
        assertThatThrownBy(() -> ReaderValues.size(1, 1L << 40).parse("999999999999GB")).hasMessageContaining("a size");
    }

    @Test
    void formattedDurationsAndSizesReadBackAsTheSameValue() {
        for (Duration d : new Duration[] {Duration.ofMillis(800), Duration.ofSeconds(90), Duration.ofDays(30)}) {
            assertThat(anyDuration.parse(Values.formatDuration(d))).isEqualTo(d);
        }
        assertThat(ReaderValues.formatSize(100L << 20)).isEqualTo("100MB");
    }
}
