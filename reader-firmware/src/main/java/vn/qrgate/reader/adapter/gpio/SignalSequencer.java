package vn.qrgate.reader.adapter.gpio;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.domain.Alarm;

/**
 * The timing behind every gate actuator, real or simulated, so both behave identically.
 *
 * <p>Every change to an output happens on one timer thread: the public methods only hand work to
 * it, so a scan never waits for a relay, and no two steps can interleave. That is why the fields
 * below need no locks.
 *
 * <p>Rules when signals overlap:
 * <ul>
 *   <li>The relay follows accepted codes only. A new accept restarts the pulse from now (one
 *       continuous opening, no off/on click); a reject never shortens it, because the person
 *       accepted just before may still be in the turnstile.</li>
 *   <li>The LEDs show the newest verdict: an accept turns red off, a reject turns green off, even
 *       while the relay is still open, so the visitor in front of the reader is never shown both.</li>
 *   <li>A verdict beep cuts off whatever the buzzer is playing. The alarm pattern waits until the
 *       buzzer is quiet, so it never swallows a visitor's beep; the blinking LED is the lasting sign.</li>
 * </ul>
 */
final class SignalSequencer {

    private static final Logger log = LoggerFactory.getLogger(SignalSequencer.class);
    private static final long CLOSE_WAIT_MS = 2_000;

    private final Duration relayPulse;
    private final Signals signals;
    private final SignalLine relay;
    private final SignalLine green;
    private final SignalLine red;
    private final SignalLine buzzer;
    private final SignalLine status;
    private final ScheduledThreadPoolExecutor timer;
    private final AtomicBoolean closed = new AtomicBoolean();

    // Touched only on the timer thread.
    private ScheduledFuture<?> relayOff;
    private ScheduledFuture<?> greenOff;
    private ScheduledFuture<?> redOff;
    private ScheduledFuture<?> buzzerStep;
    private ScheduledFuture<?> blinkStep;
    private ScheduledFuture<?> pendingAlarmBeep;
    private long buzzerBusyUntil = System.nanoTime();
    private Set<Alarm> alarms = EnumSet.noneOf(Alarm.class);

    SignalSequencer(String threadName, Duration relayPulse, Signals signals, SignalLine relay, SignalLine green,
                    SignalLine red, SignalLine buzzer, SignalLine status) {
        this.relayPulse = relayPulse;
        this.signals = signals;
        this.relay = relay;
        this.green = green;
        this.red = red;
        this.buzzer = buzzer;
        this.status = status;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, threadName);
            // A forgotten close() must not keep the JVM alive; the outputs' shutdown state still applies.
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    void accepted() {
        if (!closed.get()) {
            // The relay is what the visitor waits for: switch it on from the caller's thread rather than
            // after a hand-off to the timer thread, whose wake-up on a busy Pi costs up to milliseconds.
            // The timer step below sets it again and owns the pulse's end.
            relay.set(true);
        }
        submit("accepted", () -> {
            relay.set(true);
            relayOff = restart(relayOff, relayPulse, () -> relay.set(false));
            redOff = cancel(redOff);
            red.set(false);
            green.set(true);
            greenOff = restart(greenOff, relayPulse, () -> green.set(false));
            playBeeps(1, signals.acceptBeep(), Duration.ZERO);
        });
    }

    void rejected() {
        submit("rejected", () -> {
            greenOff = cancel(greenOff);
            green.set(false);
            red.set(true);
            redOff = restart(redOff, signals.rejectLight(), () -> red.set(false));
            playBeeps(1, signals.rejectBeep(), Duration.ZERO);
        });
    }

    void showAlarms(Set<Alarm> next) {
        Set<Alarm> copy = next.isEmpty() ? EnumSet.noneOf(Alarm.class) : EnumSet.copyOf(next);
        submit("alarms", () -> {
            boolean raised = !alarms.containsAll(copy);
            alarms = copy;
            if (copy.isEmpty()) {
                blinkStep = cancel(blinkStep);
                pendingAlarmBeep = cancel(pendingAlarmBeep);
                status.set(false);
                return;
            }
            if (blinkStep == null) {
                blinkOn();
            }
            if (raised && pendingAlarmBeep == null) {
                alarmBeepWhenQuiet();
            }
        });
    }

    /** Stops every timer, then drives every output off from the caller's thread, relay first. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(CLOSE_WAIT_MS, TimeUnit.MILLISECONDS)) {
                log.warn("gate signal timer still busy after {} ms; switching outputs off anyway", CLOSE_WAIT_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SignalLine line : List.of(relay, green, red, buzzer, status)) {
            line.set(false);
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    private void blinkOn() {
        status.set(true);
        blinkStep = later(signals.alarmBlinkOn(), this::blinkOff);
    }

    private void blinkOff() {
        status.set(false);
        blinkStep = later(signals.alarmBlinkOff(), this::blinkOn);
    }

    private void alarmBeepWhenQuiet() {
        pendingAlarmBeep = null;
        if (alarms.isEmpty()) {
            return;
        }
        long busyFor = buzzerBusyUntil - System.nanoTime();
        if (busyFor > 0) {
            pendingAlarmBeep = later(Duration.ofNanos(busyFor).plus(signals.alarmBeepGap()), this::alarmBeepWhenQuiet);
            return;
        }
        playBeeps(signals.alarmBeeps(), signals.alarmBeep(), signals.alarmBeepGap());
    }

    private void playBeeps(int count, Duration on, Duration gap) {
        buzzerStep = cancel(buzzerStep);
        // End a beep that is cut short, so the new pattern starts with a clear edge.
        buzzer.set(false);
        buzzerBusyUntil = System.nanoTime() + on.multipliedBy(count).plus(gap.multipliedBy(count - 1L)).toNanos();
        beepOn(count, on, gap);
    }

    private void beepOn(int left, Duration on, Duration gap) {
        buzzer.set(true);
        buzzerStep = later(on, () -> beepOff(left - 1, on, gap));
    }

    private void beepOff(int left, Duration on, Duration gap) {
        buzzer.set(false);
        buzzerStep = left > 0 ? later(gap, () -> beepOn(left, on, gap)) : null;
    }

    private ScheduledFuture<?> restart(ScheduledFuture<?> pending, Duration delay, Runnable step) {
        cancel(pending);
        return later(delay, step);
    }

    private ScheduledFuture<?> later(Duration delay, Runnable step) {
        return timer.schedule(guarded(step), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static ScheduledFuture<?> cancel(ScheduledFuture<?> pending) {
        if (pending != null) {
            pending.cancel(false);
        }
        return null;
    }

    private void submit(String what, Runnable step) {
        if (closed.get()) {
            log.debug("gate signal '{}' ignored: the actuator is closed", what);
            return;
        }
        try {
            timer.execute(guarded(step));
        } catch (RejectedExecutionException e) {
            log.debug("gate signal '{}' ignored: the actuator is closing", what);
        }
    }

    private Runnable guarded(Runnable step) {
        return () -> {
            try {
                step.run();
            } catch (RejectedExecutionException e) {
                // close() raced a step that wanted to schedule its follow-up: close() switches it off
            } catch (RuntimeException e) {
                // The executor would swallow this silently inside the future; say so instead.
                log.error("gate signal step failed; outputs may stay as they are until the next scan", e);
            }
        };
    }
}
