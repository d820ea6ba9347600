package vn.qrgate.reader.adapter.serial;

import java.nio.file.Path;

/** A serial port could not be opened now; the message says which and why, with a hint when one is known. */
public class SerialPortOpenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path device;

    public SerialPortOpenException(Path device, String reason) {
        this(device, reason, null);
    }

    public SerialPortOpenException(Path device, String reason, Throwable cause) {
        super("cannot open serial port " + device + ": " + reason, cause);
        this.device = device;
    }

    public Path device() {
        return device;
    }
}
