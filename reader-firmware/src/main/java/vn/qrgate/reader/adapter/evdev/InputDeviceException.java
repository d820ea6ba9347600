package vn.qrgate.reader.adapter.evdev;

import java.util.Optional;

/** An input device could not be opened, or failed while being read. Names the device and the errno, never data. */
final class InputDeviceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Errno errno;

    InputDeviceException(String message, Errno errno) {
        super(message, null, false, false);
        this.errno = errno;
    }

    Optional<Errno> errno() {
        return Optional.ofNullable(errno);
    }
}
