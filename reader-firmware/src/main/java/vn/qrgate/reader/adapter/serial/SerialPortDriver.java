package vn.qrgate.reader.adapter.serial;

import java.nio.file.Path;

/**
 * Our own seam over a serial library (as openHAB does): the reconnect and framing logic in
 * {@link SerialCodeSource} stays testable without hardware, and swapping jSerialComm for another
 * library touches one class.
 */
@FunctionalInterface
public interface SerialPortDriver {

    /**
     * Opens the device node (already resolved, no symlink) with the settings' framing. Reads on the
     * returned link wait at most {@code readTimeoutMillis}.
     *
     * @throws SerialPortOpenException with the reason, when the port cannot be opened now
     */
    Link open(Path device, SerialSettings settings, int readTimeoutMillis);

    /** One open connection to a port; used by one reader thread, closed from any thread. */
    interface Link extends AutoCloseable {

        /** Bytes read into {@code buffer}, 0 when the timeout passed, -1 when the port is gone or closed. */
        int read(byte[] buffer);

        /** Idempotent; makes a read in progress return promptly. */
        @Override
        void close();
    }
}
