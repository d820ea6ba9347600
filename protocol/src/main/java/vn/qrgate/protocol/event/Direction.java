package vn.qrgate.protocol.event;

/** Whether a scan records someone entering or leaving. */
public enum Direction {
    IN,
    OUT
}
