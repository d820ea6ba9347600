package vn.qrgate.reader.port;

/** Whether the device clock is known to be right (NTP-synchronised), recorded with every scan. */
@FunctionalInterface
public interface ClockSync {
    boolean synced();
}
