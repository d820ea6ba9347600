package vn.qrgate.reader.adapter.gpio;

import ch.qos.logback.classic.Level;
import vn.qrgate.reader.testing.LogCapture;
import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static vn.qrgate.reader.adapter.gpio.GpioPins.BUZZER;
import static vn.qrgate.reader.adapter.gpio.GpioPins.GREEN_LED;
import static vn.qrgate.reader.adapter.gpio.GpioPins.RED_LED;
import static vn.qrgate.reader.adapter.gpio.GpioPins.RELAY;
import static vn.qrgate.reader.adapter.gpio.GpioPins.STATUS_LED;
import static vn.qrgate.reader.adapter.gpio.PinRecorder.millisBetween;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.gpio.GpioPins.OutputPin;
import vn.qrgate.reader.domain.Alarm;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pi4jGateActuatorTest {

    private static final Duration PULSE = Duration.ofMillis(300);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String[] ALL = {RELAY, GREEN_LED, RED_LED, BUZZER, STATUS_LED};

    /** Real beep lengths, short lights and blinking so the suite stays quick. */
    private static final Signals FAST = new Signals(Signals.ACCEPT_BEEP, Duration.ofMillis(400), Duration.ofMillis(200),
            Duration.ofMillis(40), Duration.ofMillis(80), Duration.ofMillis(30), Duration.ofMillis(30), 3);

    private final Context pi4j = MockPi4j.newContext();
    private Pi4jGateActuator gate;

    @AfterEach
    void tearDown() {
        if (gate != null) {
            gate.close();
        }
        pi4j.shutdown();
    }

    /** Polls often: a beep lasts 80 ms, Awaitility's default 100 ms poll could step over it. */
    private static void waitUntil(Callable<Boolean> condition) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(condition);
    }

    private static GpioPins.Builder board() {
        return GpioPins.builder().relay(17).greenLed(27).redLed(22).buzzer(23).statusLed(24).relayPulse(PULSE);
    }

    private PinRecorder start(GpioPins pins, Signals signals) {
        gate = new Pi4jGateActuator(pi4j, pins, signals, false);
        return PinRecorder.on(pi4j, pins.outputs().keySet().toArray(String[]::new));
    }

    @Test
    void every_output_starts_off_so_the_gate_is_shut_from_the_first_moment() {
        PinRecorder pins = start(board().build(), FAST);

        for (String role : ALL) {
            assertThat(pins.level(role)).as(role).isEqualTo(LOW);
            DigitalOutput output = pins.output(role);
            assertThat(output.config().initialState()).as(role + " initial").isEqualTo(LOW);
            assertThat(output.config().shutdownState()).as(role + " shutdown").isEqualTo(LOW);
        }
        assertThat(pins.output(RELAY).config().address()).isEqualTo(17);
    }

    @Test
    void accepted_opens_the_relay_for_the_pulse_with_green_light_and_a_short_beep() {
        PinRecorder pins = start(board().build(), Signals.DEFAULTS);

        long before = System.nanoTime();
        gate.accepted();
        long callMillis = (System.nanoTime() - before) / 1_000_000;

        waitUntil(() -> pins.count(RELAY, LOW) == 1 && pins.count(GREEN_LED, LOW) == 1);
        assertThat(callMillis).as("accepted() returns before the pulse is over").isLessThan(PULSE.toMillis());
        assertThat(pins.sequence()).startsWith("relay HIGH", "greenLed HIGH", "buzzer HIGH", "buzzer LOW");
        assertThat(pins.sequence()).containsExactlyInAnyOrder(
                "relay HIGH", "greenLed HIGH", "buzzer HIGH", "buzzer LOW", "relay LOW", "greenLed LOW");
        long relayOpen = millisBetween(pins.first(RELAY, HIGH), pins.first(RELAY, LOW));
        long beep = millisBetween(pins.first(BUZZER, HIGH), pins.first(BUZZER, LOW));
        long green = millisBetween(pins.first(GREEN_LED, HIGH), pins.first(GREEN_LED, LOW));
        assertThat(relayOpen).isBetween(PULSE.toMillis() - 5, PULSE.toMillis() + 2_000);
        assertThat(green).isBetween(PULSE.toMillis() - 5, PULSE.toMillis() + 2_000);
        assertThat(beep).isGreaterThanOrEqualTo(Signals.ACCEPT_BEEP.toMillis() - 5).isLessThan(relayOpen);
        assertThat(pins.of(RED_LED)).isEmpty();
        assertThat(pins.of(STATUS_LED)).isEmpty();
    }

    @Test
    void a_second_accept_during_the_pulse_restarts_it_without_an_off_click() throws InterruptedException {
        Duration pulse = Duration.ofMillis(1000);
        PinRecorder pins = start(board().relayPulse(pulse).build(), FAST);

        gate.accepted();
        Thread.sleep(pulse.toMillis() / 3);
        long secondAccept = System.nanoTime();
        gate.accepted();

        waitUntil(() -> pins.count(RELAY, LOW) == 1);
        assertThat(pins.of(RELAY)).extracting(PinRecorder.Change::level).containsExactly(HIGH, LOW);
        long sinceSecond = (pins.first(RELAY, LOW).atNanos() - secondAccept) / 1_000_000;
        assertThat(sinceSecond).as("open a full pulse after the second accept")
                .isGreaterThanOrEqualTo(pulse.toMillis() - 5);
        assertThat(pins.count(BUZZER, HIGH)).as("each visitor hears a beep").isEqualTo(2);
    }

    @Test
    void rejected_lights_red_and_beeps_long_and_never_touches_the_relay() {
        PinRecorder pins = start(board().build(), Signals.DEFAULTS);

        gate.rejected();

        waitUntil(() -> pins.count(RED_LED, LOW) == 1);
        assertThat(pins.sequence()).startsWith("redLed HIGH", "buzzer HIGH");
        assertThat(pins.of(RELAY)).isEmpty();
        assertThat(pins.level(RELAY)).isEqualTo(LOW);
        assertThat(pins.of(GREEN_LED)).isEmpty();
        long beep = millisBetween(pins.first(BUZZER, HIGH), pins.first(BUZZER, LOW));
        long red = millisBetween(pins.first(RED_LED, HIGH), pins.first(RED_LED, LOW));
        assertThat(beep).as("long beep")
                .isBetween(Signals.REJECT_BEEP.toMillis() - 5, Signals.REJECT_BEEP.toMillis() + 2_000);
        assertThat(red).isBetween(Signals.REJECT_LIGHT.toMillis() - 5, Signals.REJECT_LIGHT.toMillis() + 2_000);
        assertThat(pins.first(BUZZER, LOW).atNanos()).isLessThan(pins.first(RED_LED, LOW).atNanos());
    }

    @Test
    void a_reject_while_the_gate_is_open_switches_to_red_but_does_not_cut_the_pulse_short() {
        Duration pulse = Duration.ofMillis(600);
        PinRecorder pins = start(board().relayPulse(pulse).build(), FAST);

        gate.accepted();
        waitUntil(() -> pins.count(RELAY, HIGH) == 1);
        gate.rejected();
        waitUntil(() -> pins.count(RED_LED, HIGH) == 1);

        assertThat(pins.level(GREEN_LED)).as("the visitor in front sees only red").isEqualTo(LOW);
        assertThat(pins.level(RELAY)).as("the person accepted before is still let through").isEqualTo(HIGH);
        waitUntil(() -> pins.count(RELAY, LOW) == 1);
        assertThat(millisBetween(pins.first(RELAY, HIGH), pins.first(RELAY, LOW)))
                .isGreaterThanOrEqualTo(pulse.toMillis() - 5);
        assertThat(pins.first(GREEN_LED, LOW).atNanos()).isLessThan(pins.first(RELAY, LOW).atNanos());
    }

    @Test
    void an_accept_while_red_is_showing_turns_red_off_and_green_on() {
        PinRecorder pins = start(board().build(), FAST);

        gate.rejected();
        waitUntil(() -> pins.count(RED_LED, HIGH) == 1);
        gate.accepted();

        waitUntil(() -> pins.count(GREEN_LED, HIGH) == 1);
        assertThat(pins.level(RED_LED)).isEqualTo(LOW);
        assertThat(pins.first(RED_LED, LOW).atNanos()).isLessThanOrEqualTo(pins.first(GREEN_LED, HIGH).atNanos());
    }

    @Test
    void active_low_outputs_rest_high_and_are_pulled_low_when_on() {
        GpioPins pins = board().relay(OutputPin.activeLow(17)).greenLed(OutputPin.activeLow(27)).build();
        PinRecorder recorder = start(pins, FAST);

        assertThat(recorder.level(RELAY)).isEqualTo(HIGH);
        assertThat(recorder.level(GREEN_LED)).isEqualTo(HIGH);
        assertThat(recorder.output(RELAY).config().shutdownState()).isEqualTo(HIGH);
        assertThat(recorder.level(RED_LED)).as("active-high neighbours unchanged").isEqualTo(LOW);

        gate.accepted();

        waitUntil(() -> recorder.count(RELAY, HIGH) == 1);
        assertThat(recorder.of(RELAY)).extracting(PinRecorder.Change::level).containsExactly(LOW, HIGH);
        assertThat(recorder.of(GREEN_LED)).extracting(PinRecorder.Change::level).containsExactly(LOW, HIGH);
        assertThat(recorder.of(BUZZER)).extracting(PinRecorder.Change::level).containsExactly(HIGH, LOW);
    }

    @Test
    void an_alarm_blinks_the_status_led_and_beeps_three_times_once() throws InterruptedException {
        PinRecorder pins = start(board().build(), FAST);

        gate.showAlarms(Set.of(Alarm.OUTBOX_NEARLY_FULL));

        waitUntil(() -> pins.count(STATUS_LED, HIGH) >= 4);
        assertThat(pins.of(STATUS_LED)).extracting(PinRecorder.Change::level).startsWith(HIGH, LOW, HIGH, LOW);
        assertThat(pins.count(BUZZER, HIGH)).isEqualTo(3);

        gate.showAlarms(Set.of(Alarm.OUTBOX_NEARLY_FULL));
        Thread.sleep(300);
        assertThat(pins.count(BUZZER, HIGH)).as("the same alarm again is no news").isEqualTo(3);
        assertThat(pins.of(RELAY)).isEmpty();
    }

    @Test
    void a_further_alarm_beeps_again_while_the_blinking_goes_on() {
        PinRecorder pins = start(board().build(), FAST);

        gate.showAlarms(Set.of(Alarm.BROKER_UNREACHABLE));
        waitUntil(() -> pins.count(BUZZER, LOW) == 3);
        gate.showAlarms(EnumSet.of(Alarm.BROKER_UNREACHABLE, Alarm.OUTBOX_FULL));

        waitUntil(() -> pins.count(BUZZER, LOW) == 6);
        assertThat(pins.count(STATUS_LED, HIGH)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void clearing_the_alarms_stops_the_blinking_with_the_status_led_off() throws InterruptedException {
        PinRecorder pins = start(board().build(), FAST);
        gate.showAlarms(Set.of(Alarm.INPUT_LOST));
        waitUntil(() -> pins.count(STATUS_LED, HIGH) >= 2);

        gate.showAlarms(Set.of());

        waitUntil(() -> pins.level(STATUS_LED) == LOW);
        Thread.sleep(100);
        int settled = pins.of(STATUS_LED).size();
        Thread.sleep(400);
        assertThat(pins.of(STATUS_LED)).as("no blinking after the alarms cleared").hasSize(settled);
        assertThat(pins.level(STATUS_LED)).isEqualTo(LOW);
    }

    @Test
    void a_visitor_beep_is_not_swallowed_by_an_alarm_pattern() {
        PinRecorder pins = start(board().build(), Signals.DEFAULTS);

        gate.rejected();
        gate.showAlarms(Set.of(Alarm.OUTBOX_FULL));

        waitUntil(() -> pins.count(BUZZER, LOW) == 4);
        long rejectBeep = millisBetween(pins.first(BUZZER, HIGH), pins.first(BUZZER, LOW));
        assertThat(rejectBeep).as("the long beep plays out before the alarm beeps")
                .isGreaterThanOrEqualTo(Signals.REJECT_BEEP.toMillis() - 5);
    }

    @Test
    void close_during_a_pulse_switches_everything_off_at_once_and_nothing_switches_afterwards()
            throws InterruptedException {
        Duration pulse = Duration.ofMillis(800);
        PinRecorder pins = start(board().relayPulse(pulse).build(), FAST);
        gate.showAlarms(Set.of(Alarm.OUTBOX_FULL));
        gate.accepted();
        waitUntil(() -> pins.count(RELAY, HIGH) == 1);
        assertThat(pins.level(RELAY)).isEqualTo(HIGH);

        gate.close();

        for (String role : ALL) {
            assertThat(pins.level(role)).as(role).isEqualTo(LOW);
        }
        assertThat(pi4j.hasIO(Pi4jGateActuator.ioId(RELAY))).as("pins released for the next owner").isFalse();
        int afterClose = pins.all().size();
        Thread.sleep(pulse.toMillis() + 200);
        assertThat(pins.all()).hasSize(afterClose);
        gate.accepted();
        gate.rejected();
        gate.close();
    }

    @Test
    void close_shuts_down_a_context_the_actuator_owns() {
        Context owned = MockPi4j.newContext();
        Pi4jGateActuator ownedGate = new Pi4jGateActuator(owned, board().build(), FAST, true);

        ownedGate.close();

        assertThat(owned.isShutdown()).isTrue();
    }

    @Test
    void a_board_without_buzzer_and_status_led_still_pulses_the_relay() {
        GpioPins minimal = GpioPins.builder().relay(17).greenLed(27).redLed(22).relayPulse(PULSE).build();
        PinRecorder pins = start(minimal, FAST);

        gate.showAlarms(Set.of(Alarm.OUTBOX_FULL));
        gate.accepted();

        waitUntil(() -> pins.count(RELAY, LOW) == 1);
        assertThat(pi4j.hasIO(Pi4jGateActuator.ioId(BUZZER))).isFalse();
        assertThat(pins.of(GREEN_LED)).extracting(PinRecorder.Change::level).containsExactly(HIGH, LOW);
    }

    @Test
    void a_handheld_without_a_relay_shows_green_and_beeps_for_the_pulse_time() {
        GpioPins handheld = GpioPins.builder().greenLed(23).redLed(24).buzzer(18).relayPulse(PULSE).build();
        PinRecorder pins = start(handheld, FAST);

        gate.accepted();

        waitUntil(() -> pins.count(GREEN_LED, LOW) == 1);
        assertThat(pi4j.hasIO(Pi4jGateActuator.ioId(RELAY))).isFalse();
        assertThat(pins.sequence()).containsExactly("greenLed HIGH", "buzzer HIGH", "buzzer LOW", "greenLed LOW");
    }

    @Test
    void a_failing_output_is_logged_and_the_relay_still_pulses() {
        FailingOutputProvider outputs = new FailingOutputProvider();
        Context flaky = MockPi4j.newContext(outputs);
        try (LogCapture log = new LogCapture(Pi4jGateActuator.class, Level.INFO)) {
            Pi4jGateActuator flakyGate = new Pi4jGateActuator(flaky, board().build(), FAST, true);
            PinRecorder pins = PinRecorder.on(flaky, RELAY);
            outputs.breakPin(27);

            flakyGate.accepted();
            flakyGate.accepted();

            waitUntil(() -> pins.count(RELAY, LOW) == 1);
            assertThat(log.messages()).filteredOn(m -> m.contains("GPIO 27 (greenLed) could not be switched on"))
                    .as("reported once, not at every scan").hasSize(1);
            flakyGate.close();
            assertThat(flaky.isShutdown()).isTrue();
        }
    }

    @Test
    void a_pin_that_cannot_be_claimed_names_role_and_pin_and_frees_the_pins_claimed_before() {
        pi4j.create(DigitalOutput.newConfigBuilder(pi4j).id(Pi4jGateActuator.ioId(RED_LED)).address(5).build());

        assertThatThrownBy(() -> new Pi4jGateActuator(pi4j, board().build()))
                .isInstanceOf(GpioHardwareException.class)
                .hasMessageContaining("GPIO 22 (redLed)")
                .satisfies(e -> assertThat(((GpioHardwareException) e).role()).isEqualTo(RED_LED));
        assertThat(pi4j.hasIO(Pi4jGateActuator.ioId(RELAY))).isFalse();
        assertThat(pi4j.hasIO(Pi4jGateActuator.ioId(GREEN_LED))).isFalse();
    }
}
