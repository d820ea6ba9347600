package vn.qrgate.reader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

    @Test
    void instantsWithAnOffsetOrZuluAreTheSameMoment() {
        Converters.InstantConverter c = new Converters.InstantConverter();
        assertThat(c.convert("2026-11-29T12:00:00+07:00")).isEqualTo(Instant.parse("2026-11-29T05:00:00Z"));
        assertThat(c.convert("2026-11-29T05:00:00Z")).isEqualTo(Instant.parse("2026-11-29T05:00:00Z"));
        assertThatThrownBy(() -> c.convert("2026-11-29 12:00")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'2026-11-29 12:00'");
    }

    @Test
    void durationsReadAsATechnicianWritesThem() {
        Converters.DurationConverter c = new Converters.DurationConverter();
        assertThat(c.convert("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(c.convert("48h")).isEqualTo(Duration.ofHours(48));
        assertThat(c.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("PT48H")).isEqualTo(Duration.ofHours(48));
        assertThatThrownBy(() -> c.convert("0d")).hasMessageContaining("positive");
        assertThatThrownBy(() -> c.convert("a week")).hasMessageContaining("'a week'");
    }
}
