package vn.qrgate.reader.adapter.gpio;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.port.GateActuator;

/**
 * The gate of the {@code simulated} board and the demo: no hardware, every output change is a log
 * line ({@code relay ON}, {@code relay OFF (after 800 ms)}, {@code green ON}…). It runs the same
 * {@link SignalSequencer} as the real gate, so the demo shows the real timings and overlap rules.
 * The lines carry only output names and durations, never anything about the person scanned.
 */
public final class SimulatedGateActuator implements GateActuator {

    private static final Logger log = LoggerFactory.getLogger(SimulatedGateActuator.class);

    private final SignalSequencer sequencer;

    public SimulatedGateActuator() {
        this(GpioPins.DEFAULT_RELAY_PULSE, Signals.DEFAULTS);
    }

    public SimulatedGateActuator(Duration relayPulse, Signals signals) {
        GpioPins.checkRelayPulse(relayPulse);
        Objects.requireNonNull(signals, "signals");
        this.sequencer = new SignalSequencer("qrgate-simulated-gate", relayPulse, signals, new LoggedLine("relay"),
                new LoggedLine("green"), new LoggedLine("red"), new LoggedLine("buzzer"), new LoggedLine("status"));
        log.info("simulated gate: no GPIO, output changes are logged; relay pulse {} ms", relayPulse.toMillis());
    }

    @Override
    public void accepted() {
        sequencer.accepted();
    }

    @Override
    public void rejected() {
        sequencer.rejected();
    }

    @Override
    public void showAlarms(Set<Alarm> alarms) {
        sequencer.showAlarms(Objects.requireNonNull(alarms, "alarms"));
    }

    @Override
    public void close() {
        if (sequencer.isClosed()) {
            return;
        }
        sequencer.close();
        log.info("simulated gate closed: all outputs off");
    }

    /** Logs changes only, as a real pin would show them; repeated "on" while on is no news. */
    private static final class LoggedLine implements SignalLine {
        private final String role;
        private boolean on;
        private long onSince;

        LoggedLine(String role) {
            this.role = role;
        }

        @Override
        public String role() {
            return role;
        }

        // synchronized: close() switches off from the caller's thread after the timer thread stopped
        @Override
        public synchronized void set(boolean next) {
            if (next == on) {
                return;
            }
            on = next;
            long now = System.nanoTime();
            if (next) {
                onSince = now;
                log.info("{} ON", role);
            } else {
                log.info("{} OFF (after {} ms)", role, Math.round((now - onSince) / 1_000_000.0));
            }
        }
    }
}
