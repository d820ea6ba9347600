package vn.qrgate.reader.port;

import java.util.Set;
import vn.qrgate.reader.domain.Alarm;

/**
 * The gate's outputs: relay, green and red LEDs, buzzer, status LED. Implementations start in the
 * safe state (relay off: gate shut) and return to it on close. Calls return quickly: pulses and
 * beep patterns run on the actuator's own timer.
 */
public interface GateActuator extends AutoCloseable {

    /** Relay pulse (opens the gate), green LED, short beep. */
    void accepted();

    /** Red LED, long beep; the gate stays shut. */
    void rejected();

    /** The status LED (and alarm beep) reflect these alarms; an empty set turns them off. */
    void showAlarms(Set<Alarm> alarms);

    /** Back to the safe state: relay off, LEDs off, buzzer off. */
    @Override
    void close();
}
