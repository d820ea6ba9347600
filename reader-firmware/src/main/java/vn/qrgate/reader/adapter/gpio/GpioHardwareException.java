package vn.qrgate.reader.adapter.gpio;

/**
 * A GPIO line could not be claimed at start-up (no gpio chip, pin busy, missing permission). Thrown
 * only while building an adapter: once the gate runs, hardware errors are logged, never thrown,
 * because the check-in is already stored and the scan must not fail because of a relay.
 */
public class GpioHardwareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String role;
    private final int bcm;

    public GpioHardwareException(String role, int bcm, String problem, Throwable cause) {
        super("cannot use GPIO " + bcm + " (" + role + "): " + problem, cause);
        this.role = role;
        this.bcm = bcm;
    }

    public GpioHardwareException(String message, Throwable cause) {
        super(message, cause);
        this.role = null;
        this.bcm = -1;
    }

    /** The wiring role (relay, greenLed…), or null when the whole GPIO backend failed. */
    public String role() {
        return role;
    }

    /** The BCM pin number, or -1 when the whole GPIO backend failed. */
    public int bcm() {
        return bcm;
    }
}
