package vn.qrgate.reader.adapter.gpio;

/**
 * One output as the signal timing sees it: on or off, electrical levels already resolved.
 * Implementations never throw: a failing LED must not stop the relay pulse that follows it.
 */
interface SignalLine {

    /** For a board without this output (no buzzer, no status LED). */
    SignalLine ABSENT = new SignalLine() {
        @Override
        public String role() {
            return "absent";
        }

        @Override
        public void set(boolean on) {
            // nothing wired: the other signals still carry the message
        }
    };

    String role();

    void set(boolean on);
}
