package vn.qrgate.reader.adapter.evdev;

/**
 * One EV_KEY record: when the kernel stamped it, which key, and whether it went down (1), repeats
 * because it is held (2) or came up (0).
 */
record KeyEvent(long timeMicros, int code, int value) {

    static final int RELEASE = 0;
    static final int PRESS = 1;
    static final int AUTOREPEAT = 2;

    /** A key is a character of someone's code: never print which. */
    @Override
    public String toString() {
        return "KeyEvent[value " + value + " at " + timeMicros + " us]";
    }
}
