package vn.qrgate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationAndPathValuesTest {

    private final Values.Parser<Duration> duration = Values.duration(Duration.ofSeconds(1), Duration.ofDays(30),
            "500ms, 10s, 5m, 12h or 30d");

    @Test
    void every_unit_is_read_and_the_bounds_are_inclusive() {
        assertThat(duration.parse("1000ms")).isEqualTo(Duration.ofSeconds(1));
        assertThat(duration.parse("90 s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(duration.parse("5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(duration.parse("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(duration.parse("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(Values.duration(Duration.ZERO, Duration.ofSeconds(1), "0 or 1s").parse("0")).isZero();
    }

    @Test
    void out_of_range_or_unreadable_is_refused_with_the_rule_naming_the_services_examples_and_the_bounds() {
        String rule = "a duration such as 500ms, 10s, 5m, 12h or 30d, from 1s to 30d";
        assertThatThrownBy(() -> duration.parse("0")).hasMessage(rule);
        assertThatThrownBy(() -> duration.parse("31d")).hasMessage(rule);
        assertThatThrownBy(() -> duration.parse("ten seconds")).hasMessage(rule);
    }

    @Test
    void a_relative_path_is_taken_from_the_config_folder_and_a_nul_is_refused_naming_the_example() {
        Values.Parser<Path> path = Values.path(Path.of("/etc/qrgate"), "/var/lib/qrgate/x.db");
        assertThat(path.parse("data/../x.db")).isEqualTo(Path.of("/etc/qrgate/x.db"));
        assertThat(path.parse("/var/lib/x.db")).isEqualTo(Path.of("/var/lib/x.db"));
        assertThatThrownBy(() -> path.parse("a\0b")).hasMessage("a file path such as /var/lib/qrgate/x.db");
    }
}
