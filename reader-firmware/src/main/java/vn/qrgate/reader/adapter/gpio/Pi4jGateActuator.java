package vn.qrgate.reader.adapter.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qrgate.reader.domain.Alarm;
import vn.qrgate.reader.port.GateActuator;

/**
 * The gate's relay, LEDs and buzzer on Raspberry Pi GPIO through Pi4J 2.x.
 *
 * <p>Every output is created with an initial and a shutdown state of "off" at its electrical level
 * (HIGH for an active-low relay board), so the gate is shut from the moment the line is claimed
 * and again when Pi4J shuts down, even if {@link #close()} is never reached. Timing and overlap
 * rules are in {@link SignalSequencer}.
 *
 * <p>Hardware errors while running are logged, never thrown: the check-in is already in the outbox
 * when the gate is told, and a dead LED must not turn a stored scan into a failed one.
 */
public final class Pi4jGateActuator implements GateActuator {

    private static final Logger log = LoggerFactory.getLogger(Pi4jGateActuator.class);

    private final Context pi4j;
    private final boolean ownsContext;
    private final Map<String, Pi4jLine> lines;
    private final SignalSequencer sequencer;

    /** Uses the default signals; the context stays open after {@link #close()} (the caller owns it). */
    public Pi4jGateActuator(Context pi4j, GpioPins pins) {
        this(pi4j, pins, Signals.DEFAULTS, false);
    }

    /**
     * @param ownsContext true when nothing else uses the context: {@link #close()} then shuts it down;
     *                    otherwise close() releases only this actuator's pins
     * @throws GpioHardwareException if a pin cannot be claimed; pins claimed before it are released
     */
    public Pi4jGateActuator(Context pi4j, GpioPins pins, Signals signals, boolean ownsContext) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(signals, "signals");
        this.ownsContext = ownsContext;
        this.lines = new LinkedHashMap<>();
        try {
            pins.outputs().forEach((role, pin) -> lines.put(role, open(pi4j, role, pin)));
        } catch (GpioHardwareException e) {
            releasePins();
            if (ownsContext) {
                shutdownContext();
            }
            throw e;
        }
        this.sequencer = new SignalSequencer("qrgate-gate-signals", pins.relayPulse(), signals,
                line(GpioPins.RELAY), lines.get(GpioPins.GREEN_LED), lines.get(GpioPins.RED_LED),
                line(GpioPins.BUZZER), line(GpioPins.STATUS_LED));
        log.info("gate outputs ready, all off: {}; relay pulse {} ms", describe(pins), pins.relayPulse().toMillis());
    }

    /** The Pi4J IO id of an output, e.g. {@code qrgate-relay}: stable, for self-tests and tests. */
    public static String ioId(String role) {
        return "qrgate-" + role;
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
        if (ownsContext) {
            shutdownContext();
        } else {
            releasePins();
        }
        log.info("gate outputs off: relay released, gate shut");
    }

    private SignalLine line(String role) {
        SignalLine line = lines.get(role);
        return line != null ? line : SignalLine.ABSENT;
    }

    private static Pi4jLine open(Context pi4j, String role, GpioPins.OutputPin pin) {
        DigitalState on = pin.activeLow() ? DigitalState.LOW : DigitalState.HIGH;
        DigitalState off = DigitalState.getInverseState(on);
        try {
            DigitalOutputConfig config = DigitalOutput.newConfigBuilder(pi4j)
                    .id(ioId(role))
                    .name("QR Gate " + role)
                    .address(pin.bcm())
                    .onState(on)
                    .initial(off)
                    .shutdown(off)
                    .build();
            return new Pi4jLine(role, pin.bcm(), pi4j.create(config), on, off);
        } catch (RuntimeException e) {
            throw new GpioHardwareException(role, pin.bcm(), e.getMessage()
                    + " (is this a Raspberry Pi with /dev/gpiochip*, may the service user open it (group gpio),"
                    + " and is the pin free of other programs and overlays?)", e);
        }
    }

    private void releasePins() {
        for (String role : lines.keySet()) {
            try {
                // Also applies the configured shutdown state, i.e. "off" once more.
                pi4j.shutdown(ioId(role));
            } catch (RuntimeException e) {
                log.warn("could not release GPIO output {}: {}", role, e.toString());
            }
        }
    }

    private void shutdownContext() {
        try {
            // Applies every output's shutdown state again and frees the gpio chip.
            pi4j.shutdown();
        } catch (RuntimeException e) {
            log.warn("Pi4J did not shut down cleanly (outputs were already switched off): {}", e.toString());
        }
    }

    private static String describe(GpioPins pins) {
        StringJoiner text = new StringJoiner(", ");
        pins.outputs().forEach((role, pin) ->
                text.add(role + " GPIO " + pin.bcm() + (pin.activeLow() ? " (active low)" : "")));
        return text.toString();
    }

    /** Logs the first failure of a pin loudly and repeats quietly, so a dead LED does not flood the log. */
    private static final class Pi4jLine implements SignalLine {
        private final String role;
        private final int bcm;
        private final DigitalOutput output;
        private final DigitalState onLevel;
        private final DigitalState offLevel;
        private volatile boolean failing;

        Pi4jLine(String role, int bcm, DigitalOutput output, DigitalState onLevel, DigitalState offLevel) {
            this.role = role;
            this.bcm = bcm;
            this.output = output;
            this.onLevel = onLevel;
            this.offLevel = offLevel;
        }

        @Override
        public String role() {
            return role;
        }

        @Override
        public void set(boolean on) {
            try {
                output.state(on ? onLevel : offLevel);
                if (failing) {
                    failing = false;
                    log.info("GPIO {} ({}) switches again", bcm, role);
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    failing = true;
                    log.warn("GPIO {} ({}) could not be switched {}: {}", bcm, role, on ? "on" : "off", e.toString());
                } else {
                    log.debug("GPIO {} ({}) still failing: {}", bcm, role, e.toString());
                }
            }
        }
    }
}
