package vn.qrgate.reader.adapter.gpio;

import ch.qos.logback.classic.Level;
import vn.qrgate.reader.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.domain.Alarm;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SimulatedGateActuatorTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Signals FAST = new Signals(Signals.ACCEPT_BEEP, Duration.ofMillis(300), Duration.ofMillis(150),
            Duration.ofMillis(40), Duration.ofMillis(80), Duration.ofMillis(30), Duration.ofMillis(30), 3);

    @Test
    void accepted_logs_relay_green_and_beep_with_how_long_each_was_on() {
        try (LogCapture log = new LogCapture(SimulatedGateActuator.class, Level.INFO);
             SimulatedGateActuator gate = new SimulatedGateActuator(Duration.ofMillis(800), Signals.DEFAULTS)) {

            gate.accepted();

            waitUntil(() -> log.messages().stream().anyMatch(m -> m.startsWith("green OFF")));
            List<String> changes = changes(log);
            assertThat(changes).startsWith("relay ON", "green ON", "buzzer ON");
            assertThat(changes.get(3)).matches("buzzer OFF \\(after \\d+ ms\\)");
            String relayOff = changes.stream().filter(m -> m.startsWith("relay OFF")).findFirst().orElseThrow();
            assertThat(relayOff).matches("relay OFF \\(after \\d+ ms\\)");
            assertThat(Long.parseLong(relayOff.replaceAll("\\D", ""))).isBetween(795L, 5_000L);
            assertThat(changes).hasSize(6);
        }
    }

    @Test
    void rejected_logs_red_and_a_long_beep_but_never_the_relay() {
        try (LogCapture log = new LogCapture(SimulatedGateActuator.class, Level.INFO);
             SimulatedGateActuator gate = new SimulatedGateActuator(GpioPins.DEFAULT_RELAY_PULSE, FAST)) {

            gate.rejected();

            waitUntil(() -> log.messages().stream().anyMatch(m -> m.startsWith("red OFF")));
            List<String> changes = changes(log);
            assertThat(changes).startsWith("red ON", "buzzer ON");
            assertThat(changes).noneMatch(m -> m.startsWith("relay"));
        }
    }

    @Test
    void alarms_log_the_status_led_blinking_until_cleared() {
        try (LogCapture log = new LogCapture(SimulatedGateActuator.class, Level.INFO);
             SimulatedGateActuator gate = new SimulatedGateActuator(GpioPins.DEFAULT_RELAY_PULSE, FAST)) {

            gate.showAlarms(Set.of(Alarm.BROKER_UNREACHABLE));
            waitUntil(() -> count(log, "status ON") >= 2 && count(log, "buzzer OFF") == 3);
            gate.showAlarms(Set.of());

            waitUntil(() -> lastStatusLine(log).startsWith("status OFF"));
            assertThat(count(log, "buzzer ON")).as("one triple beep, not repeated").isEqualTo(3);
        }
    }

    @Test
    void close_mid_pulse_logs_every_output_that_was_on_going_off() {
        try (LogCapture log = new LogCapture(SimulatedGateActuator.class, Level.INFO)) {
            SimulatedGateActuator gate = new SimulatedGateActuator(Duration.ofSeconds(5), FAST);
            gate.accepted();
            waitUntil(() -> log.messages().contains("green ON"));

            gate.close();

            assertThat(changes(log)).anyMatch(m -> m.startsWith("relay OFF")).anyMatch(m -> m.startsWith("green OFF"));
            assertThat(log.messages()).last().isEqualTo("simulated gate closed: all outputs off");
        }
    }

    @Test
    void the_relay_pulse_is_checked_like_the_real_board() {
        assertThatThrownBy(() -> new SimulatedGateActuator(Duration.ofMillis(9), Signals.DEFAULTS))
                .isInstanceOf(GpioSettingsException.class).hasMessageContaining("relayPulse");
    }

    private static void waitUntil(Callable<Boolean> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(condition);
    }

    private static List<String> changes(LogCapture log) {
        return log.messages().stream().filter(m -> m.matches("(relay|green|red|buzzer|status) O.*")).toList();
    }

    private static long count(LogCapture log, String prefix) {
        return log.messages().stream().filter(m -> m.startsWith(prefix)).count();
    }

    private static String lastStatusLine(LogCapture log) {
        List<String> status = log.messages().stream().filter(m -> m.startsWith("status")).toList();
        return status.isEmpty() ? "" : status.get(status.size() - 1);
    }
}
