package vn.qrgate.reader.adapter.gpio;

import ch.qos.logback.classic.Level;
import vn.qrgate.reader.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.qrgate.protocol.event.Direction;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SimulatedDirectionSwitchTest {

    @TempDir
    Path dir;

    @Test
    void it_starts_in_and_follows_what_it_is_set_to() {
        SimulatedDirectionSwitch direction = new SimulatedDirectionSwitch();
        assertThat(direction.current()).isEqualTo(Direction.IN);

        direction.set(Direction.OUT);

        assertThat(direction.current()).isEqualTo(Direction.OUT);
    }

    @Test
    void a_file_flips_the_direction_and_a_missing_file_changes_nothing() throws IOException {
        Path file = dir.resolve("direction");
        SimulatedDirectionSwitch direction = SimulatedDirectionSwitch.readingFile(file);
        assertThat(direction.current()).isEqualTo(Direction.IN);

        Files.writeString(file, "out\n");
        assertThat(direction.current()).isEqualTo(Direction.OUT);

        Files.delete(file);
        assertThat(direction.current()).isEqualTo(Direction.OUT);

        Files.writeString(file, "IN");
        assertThat(direction.current()).isEqualTo(Direction.IN);
    }

    @Test
    void nonsense_in_the_file_is_reported_once_and_the_direction_kept() throws IOException {
        Path file = dir.resolve("direction");
        SimulatedDirectionSwitch direction = SimulatedDirectionSwitch.readingFile(file);
        Files.writeString(file, "OUT");
        direction.current();

        try (LogCapture log = new LogCapture(SimulatedDirectionSwitch.class, Level.INFO)) {
            Files.writeString(file, "sideways");
            assertThat(direction.current()).isEqualTo(Direction.OUT);
            assertThat(direction.current()).isEqualTo(Direction.OUT);

            assertThat(log.messages()).filteredOn(m -> m.contains("IN or OUT")).hasSize(1);
        }
    }
}
