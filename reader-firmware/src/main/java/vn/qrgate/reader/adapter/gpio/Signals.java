package vn.qrgate.reader.adapter.gpio;

import java.time.Duration;

/**
 * What a visitor and a technician see and hear, apart from the relay pulse (which belongs to the
 * board wiring, {@link GpioPins#relayPulse()}: the green LED lasts exactly as long as the gate is
 * open). The defaults are the product's signals; a profile changes them only for unusual hardware,
 * e.g. a buzzer too quiet to hear at 80 ms.
 *
 * @param acceptBeep   short beep on an accepted code
 * @param rejectLight  how long the red LED stays on after a rejection
 * @param rejectBeep   long beep on a rejected code: clearly different from the accept beep
 * @param alarmBlinkOn  status LED on-time while any alarm is active
 * @param alarmBlinkOff status LED off-time; a short on-time reads as "attention", not "power"
 * @param alarmBeep    one beep of the pattern played once when an alarm is raised
 * @param alarmBeepGap silence between those beeps
 * @param alarmBeeps   beeps in that pattern; it is not repeated, the blinking LED carries on
 */
public record Signals(
        Duration acceptBeep,
        Duration rejectLight,
        Duration rejectBeep,
        Duration alarmBlinkOn,
        Duration alarmBlinkOff,
        Duration alarmBeep,
        Duration alarmBeepGap,
        int alarmBeeps) {

    public static final Duration ACCEPT_BEEP = Duration.ofMillis(80);
    public static final Duration REJECT_LIGHT = Duration.ofMillis(1500);
    public static final Duration REJECT_BEEP = Duration.ofMillis(600);
    public static final Duration ALARM_BLINK_ON = Duration.ofMillis(250);
    public static final Duration ALARM_BLINK_OFF = Duration.ofMillis(750);
    public static final Duration ALARM_BEEP = Duration.ofMillis(120);
    public static final Duration ALARM_BEEP_GAP = Duration.ofMillis(120);
    public static final int ALARM_BEEPS = 3;

    // Before DEFAULTS: static fields initialise in textual order and the constructor checks against these.
    static final Duration MIN = Duration.ofMillis(10);
    static final Duration MAX = Duration.ofSeconds(10);
    static final int MAX_ALARM_BEEPS = 5;

    public static final Signals DEFAULTS = new Signals(ACCEPT_BEEP, REJECT_LIGHT, REJECT_BEEP, ALARM_BLINK_ON,
            ALARM_BLINK_OFF, ALARM_BEEP, ALARM_BEEP_GAP, ALARM_BEEPS);

    public Signals {
        check("acceptBeep", acceptBeep);
        check("rejectLight", rejectLight);
        check("rejectBeep", rejectBeep);
        check("alarmBlinkOn", alarmBlinkOn);
        check("alarmBlinkOff", alarmBlinkOff);
        check("alarmBeep", alarmBeep);
        check("alarmBeepGap", alarmBeepGap);
        if (alarmBeeps < 1 || alarmBeeps > MAX_ALARM_BEEPS) {
            throw new GpioSettingsException("alarmBeeps", Integer.toString(alarmBeeps),
                    "1 to " + MAX_ALARM_BEEPS + " (default " + ALARM_BEEPS + ")");
        }
    }

    /** How long the alarm beep pattern keeps the buzzer busy. */
    Duration alarmPattern() {
        return alarmBeep.multipliedBy(alarmBeeps).plus(alarmBeepGap.multipliedBy(alarmBeeps - 1L));
    }

    private static void check(String setting, Duration value) {
        String allowed = MIN.toMillis() + " ms to " + MAX.toSeconds() + " s";
        if (value == null) {
            throw new GpioSettingsException(setting, "missing", allowed);
        }
        if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
            throw new GpioSettingsException(setting, value.toMillis() + " ms", allowed);
        }
    }
}
